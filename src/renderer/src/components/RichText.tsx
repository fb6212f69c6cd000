import { Fragment } from 'react';
import { nbHyphens, richParts, urlPieces } from '../../../shared/checklist/rich';

/** A web address that may wrap only after a dot or slash, never at its own hyphens or mid-word. */
export function Address({ address }: { address: string }) {
  const pieces = urlPieces(address);
  return (
    <span className="address">
      {pieces.map((piece, i) => (
        <Fragment key={i}>
          <span className="address-piece">{piece}</span>
          {i < pieces.length - 1 ? <wbr /> : null}
        </Fragment>
      ))}
    </span>
  );
}

/** A phone number in bold that never breaks across lines. */
export function Phone({ number }: { number: string }) {
  return <span className="phone">{nbHyphens(number)}</span>;
}

/** A sentence with its web addresses and phone numbers kept whole (the printed page does the same). */
export function RichText({ text }: { text: string }) {
  return (
    <>
      {richParts(text).map((p, i) =>
        p.kind === 'url' ? <Address key={i} address={p.text} /> : p.kind === 'phone' ? <Phone key={i} number={p.text} /> : <Fragment key={i}>{p.text}</Fragment>,
      )}
    </>
  );
}
