/**
 * The document's lines with their boxes, for the reading-order overlay and for evidence that
 * names a line but no box. Private mode has them already; server mode computes them in this
 * browser from the file the user chose (lazy chunk), since the API report carries no line boxes.
 */
import { useQuery } from '@tanstack/react-query';
import type { LayoutDocument } from '../../../src/engine/model/index.js';
import type { Session } from '../session.js';

export function useLocalLayout(session: Session, isWanted: boolean) {
  return useQuery<LayoutDocument>({
    queryKey: ['layout', session.file.name, session.file.size, session.file.lastModified],
    queryFn: async () => {
      const { readLayout } = await import('../engine/local-layout.js');
      return readLayout(session.bytes, session.file.name);
    },
    enabled: isWanted && !session.local,
    staleTime: Infinity,
    gcTime: Infinity,
    retry: false,
    ...(session.local ? { initialData: session.local.layout } : {}),
  });
}
