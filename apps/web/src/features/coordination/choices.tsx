import {
  Button as AriaButton,
  Checkbox,
  CheckboxGroup,
  FieldError,
  Label,
  ListBox,
  ListBoxItem,
  Popover,
  Select,
  SelectValue,
  Text,
} from 'react-aria-components';

/** A labelled group of checkboxes, one per choice; its error is announced with it. */
export function CheckList({
  label,
  description,
  errorMessage,
  options,
  value,
  onChange,
  empty,
}: {
  label: string;
  description?: string;
  errorMessage?: string;
  options: { id: string; name: string }[];
  value: string[];
  onChange: (value: string[]) => void;
  empty: string;
}) {
  return (
    <CheckboxGroup
      className="field check-list"
      value={value}
      onChange={onChange}
      isInvalid={Boolean(errorMessage)}
    >
      <Label>{label}</Label>
      {description && <Text slot="description">{description}</Text>}
      {options.length === 0 ? (
        <p className="hint">{empty}</p>
      ) : (
        <div className="check-options">
          {options.map((option) => (
            <Checkbox key={option.id} value={option.id} className="check">
              <span className="check-box" aria-hidden="true" />
              {option.name}
            </Checkbox>
          ))}
        </div>
      )}
      <FieldError>{errorMessage}</FieldError>
    </CheckboxGroup>
  );
}

/** A labelled choice of one among a few, with react-aria's listbox. */
export function Choice({
  label,
  options,
  value,
  onChange,
}: {
  label: string;
  options: { id: string; name: string }[];
  value: string;
  onChange: (value: string) => void;
}) {
  return (
    <Select
      className="field choice"
      selectedKey={value || null}
      onSelectionChange={(key) => onChange(String(key))}
    >
      <Label>{label}</Label>
      <AriaButton className="choice-button">
        <SelectValue />
        <span aria-hidden="true">▾</span>
      </AriaButton>
      <Popover className="choice-popover">
        <ListBox className="choice-list">
          {options.map((option) => (
            <ListBoxItem key={option.id} id={option.id} className="choice-item">
              {option.name}
            </ListBoxItem>
          ))}
        </ListBox>
      </Popover>
    </Select>
  );
}
