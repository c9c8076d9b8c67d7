import { gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/**
 * Prints the JavaScript a first visit loads (the entry chunk and what it imports statically),
 * gzipped, and fails the build when it is over the budget.
 */
export function firstLoadBudget(budgetBytes: number): Plugin {
  return {
    name: 'first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = new Map(
        Object.values(bundle).flatMap((file) =>
          file.type === 'chunk' ? [[file.fileName, file]] : [],
        ),
      );
      const loaded = new Set<string>();
      const visit = (name: string) => {
        const chunk = chunks.get(name);
        if (!chunk || loaded.has(name)) return;
        loaded.add(name);
        chunk.imports.forEach(visit);
      };
      for (const chunk of chunks.values()) if (chunk.isEntry) visit(chunk.fileName);
      const bytes = [...loaded].reduce(
        (sum, name) => sum + gzipSync(chunks.get(name)!.code, { level: 9 }).length,
        0,
      );
      const kB = (value: number) => `${(value / 1000).toFixed(1)} kB`;
      const line = `First-load JavaScript: ${kB(bytes)} gzipped (budget ${kB(budgetBytes)})`;
      if (bytes > budgetBytes) this.error(`${line}: over budget`);
      process.stdout.write(`${line}\n`);
    },
  };
}
