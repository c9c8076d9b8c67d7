import type { ReactNode } from 'react';
import {
  Button as AriaButton,
  type ButtonProps,
  FieldError,
  Input,
  Label,
  Text,
  TextField,
  type TextFieldProps,
} from 'react-aria-components';

type Variant = 'primary' | 'secondary' | 'danger' | 'quiet';

/** A button with the house look; react-aria gives it keyboard, touch and screen-reader behaviour. */
export function Button({
  variant = 'secondary',
  className,
  ...props
}: ButtonProps & { variant?: Variant }) {
  return (
    <AriaButton {...props} className={`button ${variant} ${String(className ?? '')}`.trim()} />
  );
}

/** A labelled text field with its description and its error, announced together. */
export function Field({
  label,
  description,
  errorMessage,
  type = 'text',
  ...props
}: TextFieldProps & { label: string; description?: string; errorMessage?: string; type?: string }) {
  return (
    <TextField
      {...props}
      type={type}
      className="field"
      isInvalid={Boolean(errorMessage) || props.isInvalid}
    >
      <Label>{label}</Label>
      <Input />
      {description && <Text slot="description">{description}</Text>}
      <FieldError>{errorMessage}</FieldError>
    </TextField>
  );
}

/** A message that screen readers read out when it appears. */
export function Notice({
  kind = 'info',
  children,
}: {
  kind?: 'info' | 'error' | 'success';
  children: ReactNode;
}) {
  return (
    <div className={`notice ${kind}`} role={kind === 'error' ? 'alert' : 'status'}>
      {children}
    </div>
  );
}

/**
 * A table that may be wider than a phone's screen: it scrolls sideways within this region, which
 * the keyboard can reach (Tab) and scroll (arrow keys), and a screen reader names.
 */
export function TableScroll({
  label,
  labelledBy,
  children,
}: {
  label?: string;
  labelledBy?: string;
  children: ReactNode;
}) {
  return (
    <div
      className="table-scroll"
      role="region"
      aria-label={label}
      aria-labelledby={labelledBy}
      tabIndex={0}
    >
      {children}
    </div>
  );
}

export function PageTitle({ children }: { children: ReactNode }) {
  return <h1 className="page-title">{children}</h1>;
}
