/** The task pane shell: header, step list (nav), the active step's view, notices and busy state. */
import * as React from "react";
import {
  MessageBar,
  MessageBarActions,
  MessageBarBody,
  MessageBarTitle,
  Button,
  Spinner,
  Subtitle1,
  Tab,
  TabList,
  Text,
  Title3,
} from "@fluentui/react-components";
import { DismissRegular } from "@fluentui/react-icons";
import { usePmo } from "../../state/PmoContext";
import { StepNavigationContext, type StepNavigation } from "../../state/StepNavigation";
import type { StepDefinition } from "../../stepDefinition";
import { useAppStyles, useGlobalStyles } from "./useAppStyles.styles";

export interface AppProps {
  readonly steps: readonly StepDefinition[];
  readonly initialStep?: string;
}

export function App({ steps, initialStep }: AppProps): React.JSX.Element {
  useGlobalStyles();
  const styles = useAppStyles();
  const { notice, notify, busy } = usePmo();
  const [active, setActiveStep] = React.useState(initialStep ?? steps[0]?.id);
  // A banner belongs to the step that raised it: opening another step clears it.
  const activeRef = React.useRef(active);
  const setActive = React.useCallback(
    (id: string) => {
      if (activeRef.current !== id) notify(null);
      activeRef.current = id;
      setActiveStep(id);
    },
    [notify],
  );
  const noticeRef = React.useRef<HTMLDivElement>(null);
  // A result banner takes the focus the finished action's button lost while it was disabled (the page body),
  // so keyboard and screen reader users land on the result.
  React.useEffect(() => {
    if (!notice) return;
    const lost = !document.activeElement || document.activeElement === document.body;
    if (lost) noticeRef.current?.focus();
  }, [notice]);
  const step = steps.find((s) => s.id === active) ?? steps[0];
  const View = step?.component;
  const navigation = React.useMemo<StepNavigation>(
    () => ({
      stepIds: steps.map((s) => s.id),
      goTo: (id) => {
        if (!steps.some((s) => s.id === id)) return;
        setActive(id);
        // Keyboard and screen reader users land on the opened step's heading, not back at the top.
        requestAnimationFrame(() => document.getElementById("pmo-step-title")?.focus());
      },
    }),
    [steps, setActive],
  );

  return (
    <div className={styles.root}>
      <header className={styles.header}>
        <Title3 as="h1">PMO Align</Title3>
      </header>
      <nav aria-label="Steps">
        <TabList
          className={styles.nav}
          size="small"
          selectedValue={step?.id}
          onTabSelect={(_, data) => setActive(String(data.value))}
        >
          {steps.map((s, i) => {
            const Icon = s.icon;
            return (
              <Tab key={s.id} value={s.id} icon={<Icon />} aria-label={`Step ${i + 1}: ${s.title}`} data-step={s.id}>
                {s.title}
              </Tab>
            );
          })}
        </TabList>
      </nav>
      <main className={styles.main} aria-labelledby="pmo-step-title">
        <div>
          <Subtitle1 as="h2" id="pmo-step-title" tabIndex={-1}>
            {step?.title}
          </Subtitle1>
          <Text as="p" block className={styles.description}>
            {step?.description}
          </Text>
        </div>
        <div className={styles.status} aria-live="polite">
          {busy ? <Spinner size="tiny" label="Working…" /> : null}
        </div>
        {/* Always present (and out of the layout), so a banner that appears is announced: a live region added
            together with its text is not. */}
        <div role="status" aria-live="polite" aria-atomic="true" className={styles.visuallyHidden} data-testid="announcement">
          {notice ? `${notice.title}. ${notice.message}` : ""}
        </div>
        {notice ? (
          <MessageBar intent={notice.intent} data-testid="notice" ref={noticeRef} tabIndex={-1}>
            <MessageBarBody>
              <MessageBarTitle>{notice.title}</MessageBarTitle>
              {notice.message}
            </MessageBarBody>
            <MessageBarActions
              containerAction={
                <Button aria-label="Dismiss message" appearance="transparent" icon={<DismissRegular />} onClick={() => notify(null)} />
              }
            />
          </MessageBar>
        ) : null}
        <StepNavigationContext.Provider value={navigation}>
          <React.Suspense fallback={<Spinner size="tiny" label="Loading the step…" />}>{View ? <View key={step.id} /> : null}</React.Suspense>
        </StepNavigationContext.Provider>
      </main>
    </div>
  );
}
