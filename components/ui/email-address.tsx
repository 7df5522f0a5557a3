/** An e-mail address, left to right inside Arabic text; a line too narrow for it breaks after the "@". */
export function EmailAddress({ address }: { address: string }) {
  const at = address.lastIndexOf("@");
  return (
    <bdi dir="ltr">
      {at < 0 ? (
        address
      ) : (
        <>
          {address.slice(0, at + 1)}
          <wbr />
          {address.slice(at + 1)}
        </>
      )}
    </bdi>
  );
}
