// The shape of the renderer↔main contract. Every call is declared once, as schemas; the types
// that main, the preload, the web host and the renderer use are inferred from these tables, so
// there is no hand-kept copy of the API anywhere.
import { z } from 'zod';

export interface CallSpec<I extends z.ZodType = z.ZodType, O extends z.ZodType = z.ZodType> {
  readonly input: I;
  readonly output: O;
  /** One line for people reading the table (and the generated docs). */
  readonly summary: string;
}

export type CallTable = Readonly<Record<string, CallSpec>>;
export type EventTable = Readonly<Record<string, z.ZodType>>;

export const defineCall = <I extends z.ZodType, O extends z.ZodType>(spec: CallSpec<I, O>): CallSpec<I, O> =>
  spec;

export type CallName<T extends CallTable> = keyof T & string;
export type CallInput<T extends CallTable, K extends CallName<T>> = z.input<T[K]['input']>;
export type ParsedInput<T extends CallTable, K extends CallName<T>> = z.output<T[K]['input']>;
export type CallOutput<T extends CallTable, K extends CallName<T>> = z.output<T[K]['output']>;
export type EventName<T extends EventTable> = keyof T & string;
export type EventPayload<T extends EventTable, K extends EventName<T>> = z.output<T[K]>;

/** Error codes every door may answer with; areas add their own codes as strings. */
export const transportErrorCodes = ['bad_input', 'unknown_call', 'forbidden_sender', 'internal', 'unavailable'] as const;

export const contractErrorSchema = z.object({
  code: z.string().min(1),
  message: z.string(),
});
export type ContractError = z.infer<typeof contractErrorSchema>;

export type Result<T> = { ok: true; value: T } | { ok: false; error: ContractError };

export const resultSchema = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [
    z.object({ ok: z.literal(true), value }),
    z.object({ ok: z.literal(false), error: contractErrorSchema }),
  ]);

/** Handlers for a call table: each receives parsed input and resolves to the declared output. */
export type Handlers<T extends CallTable> = {
  [K in CallName<T>]: (input: ParsedInput<T, K>) => Promise<CallOutput<T, K>>;
};

/** The typed client the renderer gets: one async function per call, answering a Result. */
export type Client<T extends CallTable> = {
  [K in CallName<T>]: (input: CallInput<T, K>) => Promise<Result<CallOutput<T, K>>>;
};
