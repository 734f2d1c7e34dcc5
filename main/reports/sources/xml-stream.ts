/**
 * A namespace-aware stream over an XML part (htmlparser2's SAX parser in XML mode): elements arrive as namespace
 * URI + local name, so WordprocessingML `w:p` is told apart from DrawingML `a:p` whatever prefixes a producer
 * chose, and nothing builds a DOM of a large part.
 */
import { Parser } from 'htmlparser2';

export interface XmlHandlers {
  /** `attributes` by local name (`w:val` → `val`); namespace declarations are not included. */
  open(namespace: string, local: string, attributes: Record<string, string>): void;
  close(namespace: string, local: string): void;
  text(text: string): void;
}

/** The bytes of an XML part as text: UTF-8 unless a UTF-16 byte-order mark says otherwise. */
export function xmlText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  return new TextDecoder('utf-8').decode(bytes);
}

const split = (name: string): [string, string] => {
  const colon = name.indexOf(':');
  return colon < 0 ? ['', name] : [name.slice(0, colon), name.slice(colon + 1)];
};

/** Streams `xml` to `handlers`. Malformed markup is read as htmlparser2 recovers it; callers check what they got. */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  // One prefix map per open element (most share their parent's).
  const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const names: [string, string][] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let scope = scopes[scopes.length - 1] ?? new Map<string, string>();
        const attributes: Record<string, string> = {};
        for (const [key, value] of Object.entries(attribs)) {
          if (key === 'xmlns' || key.startsWith('xmlns:')) {
            if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
            scope.set(key === 'xmlns' ? '' : key.slice(6), value);
          } else {
            attributes[split(key)[1]] = value;
          }
        }
        scopes.push(scope);
        const [prefix, local] = split(name);
        const namespace = scope.get(prefix) ?? '';
        names.push([namespace, local]);
        handlers.open(namespace, local, attributes);
      },
      onclosetag() {
        const [namespace, local] = names.pop() ?? ['', ''];
        scopes.pop();
        handlers.close(namespace, local);
      },
      ontext(text) {
        handlers.text(text);
      },
    },
    { xmlMode: true, decodeEntities: true },
  );
  parser.write(xml);
  parser.end();
}
