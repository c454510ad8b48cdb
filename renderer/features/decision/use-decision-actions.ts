// The two actions of the decision screen and their progress: making the documents and
// submitting the file. Each keeps its own failure, in words the person can act on.
import { useEffect, useState } from 'react';
import type { EventPayload, Events } from '../../../common/contract';
import type { Application, Decision, Finding } from '../../../common/domain';
import { describeSaveError } from '../findings';
import type { Workspace } from '../intake';
import { generateDocuments } from './generate';
import { documentInputs } from './particulars';
import { submitForApproval } from './submit';
import type { Particulars } from './use-particulars';
import { api } from '../../platform/api';

export type GenerateProgress = EventPayload<Events, 'documents.progress'>;

interface ActionState {
  readonly busy: boolean;
  /** Main's report on the document being laid out, while generating. */
  readonly progress?: GenerateProgress;
  readonly error?: string;
  readonly problems: readonly string[];
}

const idle: ActionState = { busy: false, problems: [] };

export function useDecisionActions(workspace: Workspace, application: Application, findings: readonly Finding[], particulars: Particulars) {
  const [generating, setGenerating] = useState<ActionState>(idle);
  const [submitting, setSubmitting] = useState<ActionState>(idle);

  useEffect(
    () =>
      api.on('documents.progress', (progress) => {
        if (progress.requestId?.startsWith(`${application.id}:`) !== true) return;
        setGenerating((s) => (s.busy ? { ...s, progress } : s));
      }),
    [application.id],
  );

  const generate = async (): Promise<boolean> => {
    const inputs = documentInputs(application, findings, particulars.settings, particulars.numbers, workspace.today);
    if (!inputs.ok) {
      setGenerating({ busy: false, problems: inputs.problems });
      return false;
    }
    setGenerating({ busy: true, problems: [] });
    try {
      const result = await generateDocuments(workspace, application.id, inputs.report, inputs.letter);
      setGenerating(result.ok ? idle : { busy: false, problems: [], error: result.message });
      return result.ok;
    } catch (e) {
      setGenerating({ busy: false, problems: [], error: describeSaveError(e) });
      return false;
    }
  };

  const submit = async (input: { readonly decision: Decision['kind']; readonly reason: string; readonly letterDocumentId: string }): Promise<void> => {
    setSubmitting({ busy: true, problems: [] });
    try {
      const result = await submitForApproval(workspace.db, workspace.user, { applicationId: application.id, ...input });
      setSubmitting(result.ok ? idle : { busy: false, problems: [], error: result.message });
    } catch (e) {
      setSubmitting({ busy: false, problems: [], error: describeSaveError(e) });
    }
  };

  return { generating, submitting, generate, submit };
}
