/** The path of an entity's Maturity tab in the catalog. */
export function maturityTabLink(entity: {
  kind: string;
  namespace: string;
  name: string;
}): string {
  const part = (value: string) => encodeURIComponent(value);
  return `/catalog/${part(entity.namespace)}/${part(
    entity.kind.toLocaleLowerCase('en-US'),
  )}/${part(entity.name)}/maturity`;
}
