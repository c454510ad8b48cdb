// Types for the two untyped packages scripts/security-scan.ts uses, limited to what it reads.
declare module '@doyensec/electronegativity' {
  interface Level {
    readonly value: number;
    readonly name: 'INFORMATIONAL' | 'LOW' | 'MEDIUM' | 'HIGH' | 'TENTATIVE' | 'FIRM' | 'CERTAIN';
  }
  export interface Issue {
    readonly id: string;
    readonly file: string;
    readonly description: string;
    readonly location: { readonly line: number; readonly column: number };
    readonly severity: Level;
    readonly confidence: Level;
    readonly manualReview: boolean;
    readonly sample?: string;
    readonly shortenedURL?: string;
  }
  export interface Options {
    readonly input: string;
    readonly excludeFromScan?: readonly string[];
    readonly electronVersionOverride?: string;
    readonly isRelative?: boolean;
    readonly parserPlugins?: readonly string[];
  }
  export interface Report {
    readonly globalChecks: number;
    readonly atomicChecks: number;
    readonly errors: readonly { readonly file: string; readonly message: string; readonly tolerable: boolean }[];
    readonly issues: readonly Issue[];
  }
  const run: (options: Options) => Promise<Report>;
  export default run;
}

declare module '@doyensec/csp-evaluator' {
  interface Finding {
    readonly severity: number;
    readonly directive: string;
    readonly description: string;
  }
  interface ParsedCsp {
    readonly csp: unknown;
  }
  interface Evaluator {
    evaluate(): Finding[];
  }
  const csp: {
    readonly CspParser: new (policy: string) => ParsedCsp;
    readonly CspEvaluator: new (csp: unknown, version: number) => Evaluator;
    readonly Version: { readonly CSP3: number };
    readonly severities: Readonly<Record<'HIGH' | 'SYNTAX' | 'MEDIUM' | 'HIGH_MAYBE' | 'STRICT_CSP' | 'MEDIUM_MAYBE' | 'INFO' | 'NONE', number>>;
  };
  export default csp;
}
