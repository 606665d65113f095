/** Entry point: server state through TanStack Query, one live region, the app. */
import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app.js';
import { AnnouncerProvider } from './ui/announcer.js';
import './styles.css';

// Analyses are created by the user's action; nothing here should refetch behind their back.
const queryClient = new QueryClient({
  defaultOptions: {
    queries: { refetchOnWindowFocus: false, retry: false },
    mutations: { retry: false },
  },
});

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <AnnouncerProvider>
          <App />
        </AnnouncerProvider>
      </QueryClientProvider>
    </StrictMode>,
  );
}
