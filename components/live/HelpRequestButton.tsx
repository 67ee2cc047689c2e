'use client';
/**
 * 도움 요청 in a lab, for mentees of a live class only (nothing otherwise, and nothing loaded): sends the lab
 * and its first failing objective to the instructor's help queue. Inserted into the lab UI with one line.
 */
import dynamic from 'next/dynamic';
import { useMenteeMembership } from './class/hooks';

const HelpRequest = dynamic(() => import('./class/HelpRequest'), { ssr: false });

export function HelpRequestButton({ labId }: { labId: string }) {
  return useMenteeMembership() ? <HelpRequest labId={labId} /> : null;
}
