import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { renderInTestApp } from '@backstage/test-utils';
import { FormDialog } from './FormDialog';

function renderDialog(onSubmit: () => Promise<boolean>, onClose = jest.fn()) {
  return renderInTestApp(
    <FormDialog
      open
      titleId="test-title"
      title="Do it"
      description="What happens"
      submitLabel="Go"
      submittingLabel="Going…"
      onClose={onClose}
      onSubmit={onSubmit}
    >
      <input aria-label="field" />
    </FormDialog>,
  );
}

describe('FormDialog', () => {
  it('is named by its title and closes after a successful submission', async () => {
    const onClose = jest.fn();
    await renderDialog(async () => true, onClose);
    expect(screen.getByRole('dialog', { name: 'Do it' })).toHaveTextContent(
      'What happens',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(onClose).toHaveBeenCalledTimes(1));
  });

  it('stays open when the submission declines, and disables both buttons meanwhile', async () => {
    const onClose = jest.fn();
    let finish: (done: boolean) => void = () => {};
    await renderDialog(
      () => new Promise<boolean>(resolve => (finish = resolve)),
      onClose,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(screen.getByRole('button', { name: 'Going…' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Cancel' })).toBeDisabled();
    finish(false);
    await waitFor(() =>
      expect(screen.getByRole('button', { name: 'Go' })).toBeEnabled(),
    );
    expect(onClose).not.toHaveBeenCalled();
  });

  it('shows why a submission failed and clears it on the next attempt', async () => {
    const onSubmit = jest
      .fn()
      .mockRejectedValueOnce(new Error('backend says no'))
      .mockResolvedValueOnce(false);
    await renderDialog(onSubmit);
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    expect(await screen.findByRole('alert')).toHaveTextContent(
      'backend says no',
    );
    await userEvent.click(screen.getByRole('button', { name: 'Go' }));
    await waitFor(() => expect(screen.queryByRole('alert')).toBeNull());
  });
});
