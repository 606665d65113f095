/** The shape of an upload once the HTTP layer has buffered it; services never see multipart. */
export interface UploadedFile {
  bytes: Uint8Array;
  /** Hex SHA-256 of `bytes`, when the reader computed it while the bytes arrived. */
  sha256?: string;
  filename: string | undefined;
  mediaType: string | undefined;
}

export interface AnalysisUpload {
  file: UploadedFile;
  jobDescription: string | UploadedFile | undefined;
  dismiss: string[];
}

export interface MatchUpload {
  file: UploadedFile;
  jobs: Array<{ id: string; text: string }>;
}
