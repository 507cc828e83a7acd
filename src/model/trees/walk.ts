/**
 * Walking a decision tree: answers in, path and outcome out. Pure functions with no imports, shared
 * by the build (examples, checks) and the browser island, so both reach the same outcome.
 *
 * Answers are a record of question key -> answer id (a question's key is its id unless several
 * questions ask the same thing at different points). The tree decides what is asked: the walk
 * starts at the first question and follows each recorded answer until it reaches an outcome or a
 * question not yet answered. So the same answers can be replayed under another edition's variant.
 */

export type WalkNode =
  | { kind: 'question'; id: string; key?: string; answers: readonly { id: string; next: string }[] }
  | { kind: 'outcome'; id: string };

/** A variant as a graph: its first question and every node by id. */
export interface Walkable<N extends WalkNode = WalkNode> {
  start: string;
  nodes: Record<string, N>;
}

export type Answers = Record<string, string>;
type QuestionOf<N> = Extract<N, { kind: 'question' }>;

/** The key a question's answer is recorded under. */
export const keyOf = (q: { id: string; key?: string }): string => q.key ?? q.id;

/** One answered question on the path. */
export interface Step<N extends WalkNode> {
  question: QuestionOf<N>;
  answer: QuestionOf<N>['answers'][number];
}

export interface Walk<N extends WalkNode> {
  /** The questions answered, in order. */
  steps: Step<N>[];
  /** Where the walk stands: the next question to answer, or the outcome reached. */
  at: N;
  /** Only the answers the walk used, in path order (answers for questions not asked are dropped). */
  used: Answers;
}

/** Follows the answers from the first question. Stops at an outcome or an unanswered question. */
export function walk<N extends WalkNode>(graph: Walkable<N>, answers: Answers): Walk<N> {
  const steps: Step<N>[] = [];
  const used: Answers = {};
  let at = graph.nodes[graph.start];
  // A valid tree has no cycles; the bound guards against a bad one looping forever.
  for (let guard = 0; at?.kind === 'question' && guard <= Object.keys(graph.nodes).length; guard++) {
    const question = at as QuestionOf<N>;
    const answer = question.answers.find((a) => a.id === answers[keyOf(question)]);
    const next = answer && graph.nodes[answer.next];
    if (!answer || !next) break;
    steps.push({ question, answer });
    used[keyOf(question)] = answer.id;
    at = next;
  }
  return { steps, at, used };
}

const toAnswers = <N extends WalkNode>(steps: Step<N>[]): Answers =>
  Object.fromEntries(steps.map((s) => [keyOf(s.question), s.answer.id]));

/**
 * Records an answer. If the question was answered earlier on the path, every later answer is
 * dropped: a changed answer may lead down another branch, so nothing after it is assumed.
 */
export function answer<N extends WalkNode>(graph: Walkable<N>, answers: Answers, key: string, answerId: string): Answers {
  const { steps } = walk(graph, answers);
  const index = steps.findIndex((s) => keyOf(s.question) === key);
  const kept = index >= 0 ? steps.slice(0, index) : steps;
  return walk(graph, { ...toAnswers(kept), [key]: answerId }).used;
}

/** Keeps the answers before step `index` (0-based): that question is asked again and later answers are dropped. */
export function changeFrom<N extends WalkNode>(graph: Walkable<N>, answers: Answers, index: number): Answers {
  return toAnswers(walk(graph, answers).steps.slice(0, Math.max(0, index)));
}

/** Goes back one question: the last answer is dropped. */
export function back<N extends WalkNode>(graph: Walkable<N>, answers: Answers): Answers {
  return changeFrom(graph, answers, walk(graph, answers).steps.length - 1);
}
