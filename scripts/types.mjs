// TypeScript declarations of <night-leg-cramps>, generated from its Custom Elements Manifest
// (custom-elements.json, itself generated from the Rust attribute checks and events), so the
// types cannot drift from what the element accepts. scripts/package.mjs writes them into the
// npm package as night-leg-cramps.d.ts.
//   node scripts/types.mjs custom-elements.json > night-leg-cramps.d.ts
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** A JSDoc comment, indented. */
const doc = (text, indent = '', tags = []) => {
  const lines = [...(text ? text.split('\n') : []), ...tags].map((l) => l.replaceAll('*/', '*\\/'));
  if (!lines.length) return '';
  return `${indent}/**\n${lines.map((l) => `${indent} * ${l}`.trimEnd()).join('\n')}\n${indent} */`;
};

/** The declarations for a manifest (one custom element). */
export function typesFromManifest(manifest, { version = '' } = {}) {
  const decls = manifest.modules.flatMap((m) => m.declarations ?? []).filter((d) => d.customElement);
  if (decls.length !== 1) throw new Error(`expected one custom element in the manifest, found ${decls.length}`);
  const el = decls[0];
  const tag = el.tagName;
  const name = el.name; // NightLegCramps
  const attrs = el.attributes ?? [];
  const events = el.events ?? [];
  const statics = (el.members ?? []).filter((m) => m.static);
  const quote = JSON.stringify;
  const detail = (type, key) => {
    const e = events.find((x) => x.name === type);
    return e ? `${name}EventMap[${quote(type)}]["detail"]["${key}"]` : 'string';
  };

  const out = [];
  out.push(`// Types of <${tag}>${version ? ` ${version}` : ''}: generated from custom-elements.json by`);
  out.push('// scripts/types.mjs (do not edit). `import "night-leg-cramps"` defines the element and brings');
  out.push('// these: the tag in HTMLElementTagNameMap, its events in GlobalEventHandlersEventMap (they');
  out.push('// bubble), JSX for React 19 and Preact, and Vue\'s GlobalComponents.');
  out.push('');
  out.push(doc(`The attributes of \`<${tag}>\`, typed as the values it accepts.`));
  out.push(`export interface ${name}Attributes {`);
  for (const a of attrs) {
    out.push(doc(a.description, '  ', a.default !== undefined ? [`@default ${quote(a.default)}`] : []));
    out.push(`  ${quote(a.name)}?: ${a.type.text};`);
  }
  out.push('}\n');
  out.push(doc(`The DOM events of \`<${tag}>\` (they bubble and cross the shadow boundary).`));
  out.push(`export interface ${name}EventMap {`);
  for (const e of events) {
    out.push(doc(e.description, '  '));
    out.push(`  ${quote(e.name)}: ${e.type.text};`);
  }
  out.push('}\n');
  out.push(doc('A screen id, as in `detail.step`.'));
  out.push(`export type ${name}Step = ${detail('nlc-step', 'step')};`);
  out.push(doc('A care level, as in the `detail.level` of `nlc-outcome`, most urgent first.'));
  out.push(`export type ${name}Level = ${detail('nlc-outcome', 'level')};\n`);
  out.push(doc(el.summary));
  out.push(`export interface ${name}Element extends HTMLElement {}\n`);
  out.push(doc(`The class, as \`customElements.get(${quote(tag)})\` returns it.`));
  out.push(`export interface ${name}Constructor {`);
  out.push(`  new (): ${name}Element;`);
  out.push(`  readonly prototype: ${name}Element;`);
  for (const m of statics) {
    out.push(doc(m.description, '  '));
    if (m.kind === 'field') out.push(`  ${m.readonly ? 'readonly ' : ''}${m.name}: ${m.type.text};`);
    else out.push(`  ${m.name}(): ${m.return?.type?.text ?? 'void'};`);
  }
  out.push('}\n');
  out.push(doc('JSX props of the element: its attributes, and its events as `on<event>` (React 19 adds a\nlistener for a prop `onnlc-outcome` on a custom element).'));
  out.push(`export type ${name}JSXProps = ${name}Attributes & {`);
  out.push(`  [K in keyof ${name}EventMap as \`on\${K}\`]?: (event: ${name}EventMap[K]) => void;`);
  out.push('};\n');
  out.push(doc('The events as an emit function (for Vue).'));
  out.push(`type ${name}Emit = UnionToIntersection<{ [K in keyof ${name}EventMap]: (event: K, payload: ${name}EventMap[K]) => void }[keyof ${name}EventMap]>;`);
  out.push('type UnionToIntersection<U> = (U extends unknown ? (x: U) => void : never) extends (x: infer I) => void ? I : never;\n');
  out.push('declare global {');
  out.push('  interface HTMLElementTagNameMap {');
  out.push(`    ${quote(tag)}: ${name}Element;`);
  out.push('  }');
  out.push(`  interface GlobalEventHandlersEventMap extends ${name}EventMap {}`);
  out.push('  interface CustomElementRegistry {');
  out.push(`    get(name: ${quote(tag)}): ${name}Constructor | undefined;`);
  out.push('  }');
  out.push('}\n');
  // Each framework block is valid whether or not the framework is installed (a React project
  // has no Vue, and skipLibCheck may be off): it names only what it declares itself. The empty
  // interfaces merge with the framework's own (adding nothing) where it is installed.
  // React 19: JSX lives in the React namespace (react/jsx-runtime re-exports React.JSX).
  out.push('declare module "react" {');
  out.push('  interface HTMLAttributes<T> {}');
  out.push('  interface ClassAttributes<T> {}');
  out.push('  namespace JSX {');
  out.push('    interface IntrinsicElements {');
  out.push(`      ${quote(tag)}: Omit<HTMLAttributes<${name}Element>, keyof ${name}Attributes> &`);
  out.push(`        ClassAttributes<${name}Element> &`);
  out.push(`        ${name}JSXProps;`);
  out.push('    }');
  out.push('  }');
  out.push('}\n');
  // Preact: the same JSX shape (Solid's JSX does not take this augmentation); its HTMLAttributes differ between versions, so take the
  // attributes of a <span> (an element with no members of its own).
  for (const lib of ['preact']) {
    out.push(`declare module ${quote(lib)} {`);
    out.push('  namespace JSX {');
    out.push('    interface IntrinsicElements {');
    out.push(`      ${quote(tag)}: Omit<(IntrinsicElements & { span: {} })["span"], keyof ${name}Attributes> & ${name}JSXProps;`);
    out.push('    }');
    out.push('  }');
    out.push('}\n');
  }
  // Vue: the form its documentation gives for custom elements: vue-tsc reads the props of a
  // template element from $props and its events from $emit.
  out.push('declare module "vue" {');
  out.push('  interface HTMLAttributes {}');
  out.push('  interface GlobalComponents {');
  out.push(`    ${quote(tag)}: new () => ${name}Element & {`);
  out.push('      /** @deprecated For template type checks only: not a property of the element. */');
  out.push(`      $props: Omit<HTMLAttributes, keyof ${name}Attributes> & ${name}Attributes & {`);
  out.push('        class?: unknown;');
  out.push('        style?: unknown;');
  out.push('        key?: PropertyKey;');
  out.push('        ref?: unknown;');
  out.push('      };');
  out.push('      /** @deprecated For template type checks only: not a method of the element. */');
  out.push(`      $emit: ${name}Emit;`);
  out.push('    };');
  out.push('  }');
  out.push('}');
  return `${out.join('\n')}\n`;
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const file = process.argv[2];
  if (!file) {
    console.error('usage: node scripts/types.mjs custom-elements.json');
    process.exit(2);
  }
  process.stdout.write(typesFromManifest(JSON.parse(readFileSync(file, 'utf8'))));
}
