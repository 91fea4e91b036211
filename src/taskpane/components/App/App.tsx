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
import type { StepDefinition } from "../../steps";
import { useAppStyles, useGlobalStyles } from "./useAppStyles.styles";

export interface AppProps {
  readonly steps: readonly StepDefinition[];
  readonly initialStep?: string;
}

export function App({ steps, initialStep }: AppProps): React.JSX.Element {
  useGlobalStyles();
  const styles = useAppStyles();
  const { notice, notify, busy } = usePmo();
  const [active, setActive] = React.useState(initialStep ?? steps[0]?.id);
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
    [steps],
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
        {notice ? (
          <MessageBar intent={notice.intent} data-testid="notice">
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
        <StepNavigationContext.Provider value={navigation}>{View ? <View key={step.id} /> : null}</StepNavigationContext.Provider>
      </main>
    </div>
  );
}
