import { stringifyEntityRef } from '@backstage/catalog-model';
import { useApiHolder } from '@backstage/core-plugin-api';
import { catalogApiRef } from '@backstage/plugin-catalog-react';
import TextField from '@material-ui/core/TextField';
import Autocomplete from '@material-ui/lab/Autocomplete';
import useAsync from 'react-use/esm/useAsync';

/** Props of {@link EntityRefInput}. */
export interface EntityRefInputProps {
  id: string;
  label: string;
  /** The text: one entity ref, or refs separated by commas with `multiple`. */
  value: string;
  onChange: (value: string) => void;
  /** The kind (or kinds) suggested from the catalog, e.g. `Group`. */
  kind: string | string[];
  /** The text is a comma-separated list; suggestions complete its last ref. */
  multiple?: boolean;
  required?: boolean;
  error?: string;
  hint?: string;
}

/** The ref being typed: the text after the last comma of a list. */
function lastPart(text: string, multiple?: boolean): string {
  return multiple ? text.slice(text.lastIndexOf(',') + 1).trim() : text.trim();
}

/** The text with its last ref replaced by a chosen one. */
function withLastPart(text: string, ref: string, multiple?: boolean): string {
  if (!multiple) return ref;
  const comma = text.lastIndexOf(',');
  return comma < 0 ? ref : `${text.slice(0, comma + 1)} ${ref}`;
}

/**
 * A free text field for entity refs that suggests the catalog's entities of
 * a kind while typing; without a catalog API it is a plain text field.
 */
export function EntityRefInput(props: EntityRefInputProps) {
  const { id, label, value, onChange, kind, multiple } = props;
  const catalogApi = useApiHolder().get(catalogApiRef);
  const { value: refs = [] } = useAsync(async () => {
    if (!catalogApi) return [];
    const { items } = await catalogApi.getEntities({
      filter: { kind },
      fields: ['kind', 'metadata.namespace', 'metadata.name'],
    });
    return items.map(entity => stringifyEntityRef(entity)).sort();
  }, [catalogApi, kind]);

  return (
    <Autocomplete
      id={id}
      freeSolo
      options={refs}
      value={null}
      inputValue={value}
      onInputChange={(_event, text, reason) => {
        if (reason === 'input' || reason === 'clear') onChange(text);
      }}
      onChange={(_event, ref) => {
        if (typeof ref === 'string')
          onChange(withLastPart(value, ref, multiple));
      }}
      filterOptions={options => {
        const typed = lastPart(value, multiple).toLocaleLowerCase('en-US');
        return options.filter(ref => typed && ref.includes(typed)).slice(0, 20);
      }}
      renderInput={params => (
        <TextField
          {...params}
          label={label}
          fullWidth
          margin="dense"
          required={props.required}
          error={Boolean(props.error)}
          helperText={props.error ?? props.hint}
        />
      )}
    />
  );
}
