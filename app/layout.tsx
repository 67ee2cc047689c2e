import type { Metadata, Viewport } from 'next';
import type { ReactNode } from 'react';
import { COURSE_TITLE } from '@/content/timetable';
import { ServiceWorkerUpdate } from '@/components/offline/ServiceWorkerUpdate';
import { CLASS_HOURS_SCRIPT } from '@/lib/live/class-hours';
import { THEME_SCRIPT } from '@/lib/theme';
import './globals.css';

export const metadata: Metadata = {
  title: COURSE_TITLE,
  description: 'Docker와 Kubernetes 보안을 실습으로 익히는 7주차 워크숍: 이미지와 Dockerfile 보안, Pod Security Standards, RBAC, NetworkPolicy, 감사 로그.',
};

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: [
    { media: '(prefers-color-scheme: light)', color: '#ffffff' },
    { media: '(prefers-color-scheme: dark)', color: '#09090b' },
  ],
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="ko" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: THEME_SCRIPT }} />
        <script dangerouslySetInnerHTML={{ __html: CLASS_HOURS_SCRIPT }} />
      </head>
      <body className="min-h-screen bg-white font-sans text-zinc-900 antialiased dark:bg-zinc-950 dark:text-zinc-100">
        {children}
        <ServiceWorkerUpdate />
      </body>
    </html>
  );
}
