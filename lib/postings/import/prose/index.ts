// Facts a posting's sentences state, for the fields its front matter and labelled lines leave
// empty. Each reader keeps the words it read the fact in, for the import report's remark.
import type { ContractType, RemotePolicy } from "@/lib/db/models";
import { readContractProse } from "./contract";
import { readDurationProse } from "./duration";
import { readJuniorsProse } from "./juniors";
import { readPayProse } from "./pay";
import { readPlaceProse } from "./place";
import { readRemoteProse } from "./remote";
import { type ProseFact, splitSentences } from "./sentences";
import { readStartProse } from "./start";

export type { ProseFact } from "./sentences";

export type ProseFacts = {
  contract: ProseFact<ContractType> | null;
  duration: ProseFact<string> | null;
  start: ProseFact<string> | null;
  place: ProseFact<string> | null;
  remote: ProseFact<RemotePolicy> | null;
  pay: ProseFact<string> | null;
  juniors: ProseFact<boolean> | null;
};

export function readProseFacts(body: string): ProseFacts {
  const sentences = splitSentences(body);
  return {
    contract: readContractProse(sentences),
    duration: readDurationProse(sentences),
    start: readStartProse(sentences),
    place: readPlaceProse(sentences),
    remote: readRemoteProse(sentences),
    pay: readPayProse(sentences),
    juniors: readJuniorsProse(sentences),
  };
}
