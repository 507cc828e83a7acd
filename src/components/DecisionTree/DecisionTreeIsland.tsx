/**
 * The interactive decision tree (a React island). One question at a time; the path so far, where
 * changing an answer drops the later ones; Back and Start again; the outcome with its citations;
 * the same answers under the other editions; a printable decision record.
 *
 * State (edition and answers) lives in the address bar's fragment, pushed to history on every
 * step, so paths can be bookmarked and shared and the browser's Back button works. Nothing is
 * sent anywhere: the fragment never leaves the browser and the widget makes no requests.
 * On the server it renders nothing; the no-JavaScript outline (TreeOutline) stands in for it.
 */
import { useEffect, useRef, useState } from 'react';
import type { TreeView } from '../../model/trees/view.ts';
import { answer, back, changeFrom, walk, type Answers } from '../../model/trees/walk.ts';
import { isTreeState, readState, writeState } from './url-state.ts';
import QuestionForm from './QuestionForm.tsx';
import PathSoFar from './PathSoFar.tsx';
import EditionSwitch from './EditionSwitch.tsx';
import OutcomePanel from './OutcomePanel.tsx';

interface Props {
  view: TreeView;
  /** Heading level for the widget's headings (2 under a page's h1). */
  level?: number;
  /** Id of a note every question is read with (a tree of editions no longer in force says so). */
  describedBy?: string;
}

interface State {
  edition: string;
  answers: Answers;
}

export default function DecisionTreeIsland({ view, level = 2, describedBy }: Props) {
  const [mounted, setMounted] = useState(false);
  const [state, setState] = useState<State>({ edition: view.defaultEdition, answers: {} });
  const focusNext = useRef(false);
  /** The answer being changed, so the question asked again shows it chosen. */
  const [changing, setChanging] = useState<{ key: string; answer: string }>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rootRef = useRef<HTMLDivElement>(null);

  const variantFor = (edition: string) => view.variants.find((v) => v.edition === edition) ?? view.variants.find((v) => v.edition === view.defaultEdition)!;
  /** The state the fragment describes, cleaned: a known edition, and only the answers its path uses. */
  const fromHash = (): State => {
    const s = readState(location.hash, view.id);
    const variant = variantFor(s?.edition ?? view.defaultEdition);
    return { edition: variant.edition, answers: walk(variant, s?.answers ?? {}).used };
  };

  useEffect(() => {
    setMounted(true);
    const initial = fromHash();
    setState(initial);
    if (readState(location.hash, view.id)) {
      history.replaceState(history.state, '', writeState(view.id, initial));
      // A shared or bookmarked path opens where it leads: its outcome (or its next question) gets focus.
      if (Object.keys(initial.answers).length) focusNext.current = true;
    }
    // With JavaScript on, the outline of every question folds away under the widget.
    const tree = rootRef.current?.closest('[data-decision-tree]');
    const outline = tree?.querySelector<HTMLDetailsElement>('[data-tree-outline]');
    if (outline) outline.open = false;
    // The skip link leads to the question (or outcome) shown, without touching the address.
    const skip = tree?.querySelector<HTMLAnchorElement>('[data-tree-skip]');
    const onSkip = (e: MouseEvent) => {
      e.preventDefault();
      headingRef.current?.focus();
    };
    skip?.addEventListener('click', onSkip);
    const onNavigate = () => {
      // An in-page link ("Skip to main content") is not a move in the tree: keep the answers and focus.
      if (location.hash && !isTreeState(location.hash)) return;
      focusNext.current = true;
      setState(fromHash());
    };
    addEventListener('popstate', onNavigate);
    addEventListener('hashchange', onNavigate);
    return () => {
      skip?.removeEventListener('click', onSkip);
      removeEventListener('popstate', onNavigate);
      removeEventListener('hashchange', onNavigate);
    };
  }, []);

  useEffect(() => {
    // Before the widget has mounted there is no heading yet: keep the request for the next render.
    if (!focusNext.current || !headingRef.current) return;
    headingRef.current.focus();
    focusNext.current = false;
  }, [state]);

  const go = (next: State) => {
    focusNext.current = true;
    const variant = variantFor(next.edition);
    const clean = { edition: variant.edition, answers: walk(variant, next.answers).used };
    history.pushState(history.state, '', writeState(view.id, clean));
    setState(clean);
  };

  if (!mounted) return <div ref={rootRef} className="tree-widget" hidden />;

  const variant = variantFor(state.edition);
  const { steps, at } = walk(variant, state.answers);
  const restart = () => go({ ...state, answers: {} });
  const goBack = steps.length ? () => go({ ...state, answers: back(variant, state.answers) }) : undefined;

  return (
    <div ref={rootRef} className="tree-widget">
      <EditionSwitch view={view} current={variant} answers={state.answers} onSwitch={(edition) => go({ edition, answers: state.answers })} />
      <PathSoFar
        steps={steps} level={level}
        onChange={(i) => {
          setChanging({ key: steps[i].question.key, answer: steps[i].answer.id });
          go({ ...state, answers: changeFrom(variant, state.answers, i) });
        }}
      />
      {at.kind === 'question' ? (
        <QuestionForm
          key={`${variant.edition}-${at.id}`}
          scope={view.id}
          question={at}
          number={steps.length + 1}
          previous={changing?.key === at.key ? changing.answer : undefined}
          level={level}
          describedBy={describedBy}
          headingRef={headingRef}
          onAnswer={(a) => go({ ...state, answers: answer(variant, state.answers, at.key, a) })}
          onBack={goBack}
          onRestart={steps.length ? restart : undefined}
        />
      ) : (
        <OutcomePanel
          view={view} variant={variant} steps={steps} outcome={at} answers={state.answers} level={level}
          headingRef={headingRef} onBack={goBack} onRestart={restart}
          onSwitch={(edition) => go({ edition, answers: state.answers })}
        />
      )}
    </div>
  );
}
