"use client";

import { Upload } from "@codegouvfr/react-dsfr/Upload";
import { useEffect, useRef, useState } from "react";

type CvFieldProps = {
  id: string;
  hint: string;
  maxBytes: number;
  /** The server's message, when the form was sent back. */
  error?: string;
  tooLargeMessage: string;
};

/**
 * The CV field. With JavaScript, a file over the size limit is caught before it is sent
 * (a long upload only to be refused); the server checks everything again regardless.
 */
export function CvField({ id, hint, maxBytes, error, tooLargeMessage }: CvFieldProps) {
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState(error);

  useEffect(() => {
    const form = input.current?.form;
    if (!form) return;
    const onSubmit = (event: SubmitEvent) => {
      const file = input.current?.files?.[0];
      if (file && file.size > maxBytes) {
        event.preventDefault();
        setMessage(tooLargeMessage);
        input.current?.focus();
      }
    };
    form.addEventListener("submit", onSubmit);
    return () => form.removeEventListener("submit", onSubmit);
  }, [maxBytes, tooLargeMessage]);

  return (
    <Upload
      // fr-input-group positions the group, so that its error bar stays beside it.
      className="fr-input-group fr-mb-4w"
      label="Votre CV"
      hint={hint}
      {...(message ? { state: "error" as const, stateRelatedMessage: message } : {})}
      nativeInputProps={{
        ref: input,
        id,
        name: "cv",
        required: true,
        accept:
          ".pdf,.odt,.docx,application/pdf,application/vnd.oasis.opendocument.text,application/vnd.openxmlformats-officedocument.wordprocessingml.document",
        "aria-invalid": message ? true : undefined,
        onChange: (event) => {
          const file = event.currentTarget.files?.[0];
          setMessage(file && file.size > maxBytes ? tooLargeMessage : undefined);
        },
      }}
    />
  );
}
