import { screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { CsvExportButton } from './CsvExportButton';
import { renderTranslated } from '../../__testUtils__/translation';

describe('CsvExportButton', () => {
  it('downloads the CSV under the given file name', async () => {
    const create = jest.fn((_blob: Blob) => 'blob:csv');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    let download = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function captureDownload(this: HTMLAnchorElement) {
        download = this.download;
      });
    const csv = jest.fn(() => 'a,b\r\n1,2');
    renderTranslated(<CsvExportButton filename="levels.csv" csv={csv} />);
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    expect(csv).toHaveBeenCalled();
    expect(download).toBe('levels.csv');
    expect(await new Response(create.mock.calls[0][0]).text()).toBe(
      'a,b\r\n1,2', // the BOM is dropped when decoding
    );
    click.mockRestore();
  });

  it('saves a fetched blob as it is', async () => {
    const create = jest.fn((_blob: Blob) => 'blob:csv');
    Object.assign(URL, { createObjectURL: create, revokeObjectURL: jest.fn() });
    let download = '';
    const click = jest
      .spyOn(HTMLAnchorElement.prototype, 'click')
      .mockImplementation(function captureDownload(this: HTMLAnchorElement) {
        download = this.download;
      });
    const blob = new Blob(['entityRef\r\n'], { type: 'text/csv' });
    renderTranslated(
      <CsvExportButton filename="campaign.csv" csv={async () => blob} />,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Export CSV' }));
    await waitFor(() => expect(download).toBe('campaign.csv'));
    expect(create).toHaveBeenCalledWith(blob);
    click.mockRestore();
  });
});
