/** Documents the e2e tests upload: real resumes from the fixtures, and files the app must refuse. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

export const RESUME_PDF = 'test/fixtures/resumes/en-word-classic.pdf';
export const RESUME_DOCX = 'test/fixtures/resumes/en-word-classic.docx';
export const SIDEBAR_PDF = 'test/fixtures/resumes/en-sidebar-table.pdf';

export const JOB_DESCRIPTION = [
  'Senior Backend Engineer',
  'Requirements: Python, Rust and Kubernetes are required. 5+ years of experience.',
  'Nice to have: Elixir, Terraform.',
].join('\n');

/** Writes a file with the given bytes under a fresh temp directory; returns its path. */
export function writeTempFile(name: string, bytes: Uint8Array): string {
  const path = join(mkdtempSync(join(tmpdir(), 'rh-e2e-file-')), name);
  writeFileSync(path, bytes);
  return path;
}

/** The 8-byte PNG signature and an IHDR chunk: enough for any sniffer to say "image". */
export const PNG_BYTES = Uint8Array.from([
  0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48, 0x44, 0x52,
  0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f, 0x15, 0xc4,
  0x89,
]);

/** An ELF header followed by zeros: an executable pretending to be a PDF. */
export function elfBytes(): Uint8Array {
  const bytes = new Uint8Array(512);
  bytes.set([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01]);
  return bytes;
}
