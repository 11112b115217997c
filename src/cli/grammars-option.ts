// Which grammar overlay a run uses (docs/grammars.md): --grammars DIR, else
// the "grammars" key of the config (--config, else the resolve.config.json
// nearest above the current folder), else none. The config's module is loaded
// only when there is a config: a parse without one starts as fast as before.
import { nearestConfig } from '../shared/config-file.js';
import { useGrammarOverlay } from '../shared/grammar/load.js';

export async function applyGrammarOverlay(flag: string | undefined, configPath?: string): Promise<void> {
  if (flag !== undefined) return await useGrammarOverlay(flag);
  const config = configPath ?? nearestConfig(process.cwd());
  if (!config) return;
  const { loadConfig } = await import('../8-check/config.js');
  const { grammars } = loadConfig(config);
  if (grammars) await useGrammarOverlay(grammars);
}
