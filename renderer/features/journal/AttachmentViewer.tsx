// An attached photo at full size, in a modal dialog: Escape or Close shuts it and focus goes back to its thumbnail.
import { useId } from 'react';
import { formatFileSize } from '../../../shared/domain/attachments';
import { Modal } from '../../ui/Modal';
import type { LoadedAttachment } from './attachmentUrls';
import './attachments.css';

export function AttachmentViewer({ attachment, onClose }: { attachment: LoadedAttachment | null; onClose(): void }) {
  const title = useId();
  return (
    <Modal open={attachment !== null} labelledBy={title} className="attachment-dialog" onClose={onClose}>
      {attachment && (
        <figure>
          <img src={attachment.url} alt={attachment.name} />
          <figcaption id={title}>
            {attachment.name} · {formatFileSize(attachment.size)}
          </figcaption>
          <div className="dialog-actions">
            <button type="button" className="button" autoFocus onClick={onClose}>
              Close
            </button>
          </div>
        </figure>
      )}
    </Modal>
  );
}
