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

/** Streams `xml` to `handlers`. Malformed markup is read as htmlparser2 recovers it; callers check what they got. */
export function streamXml(xml: string, handlers: XmlHandlers): void {
  // One prefix map per open element; most share their parent's (a new one only where xmlns attributes are).
  const scopes: Map<string, string>[] = [new Map([['xml', 'http://www.w3.org/XML/1998/namespace']])];
  const namespaces: string[] = [];
  const locals: string[] = [];
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        let scope = scopes[scopes.length - 1] as Map<string, string>;
        let attributes: Record<string, string> = EMPTY;
        for (const key in attribs) {
          const value = attribs[key] as string;
          if (key.startsWith('xmlns')) {
            if (key === 'xmlns' || key.charCodeAt(5) === 58 /* : */) {
              if (scope === scopes[scopes.length - 1]) scope = new Map(scope);
              scope.set(key === 'xmlns' ? '' : key.slice(6), value);
              continue;
            }
          }
          if (attributes === EMPTY) attributes = {};
          const colon = key.indexOf(':');
          attributes[colon < 0 ? key : key.slice(colon + 1)] = value;
        }
        scopes.push(scope);
        const colon = name.indexOf(':');
        const local = colon < 0 ? name : name.slice(colon + 1);
        const namespace = scope.get(colon < 0 ? '' : name.slice(0, colon)) ?? '';
        namespaces.push(namespace);
        locals.push(local);
        handlers.open(namespace, local, attributes);
      },
      onclosetag() {
        scopes.pop();
        handlers.close(namespaces.pop() ?? '', locals.pop() ?? '');
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

/** Shared by elements without attributes; never written to. */
const EMPTY: Record<string, string> = Object.freeze({}) as Record<string, string>;
