// One open entry: the writing surface (CodeMirror or preview), its dates, prompt, tags, values and ratings, autosaved.
import { useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Reflection } from '../../../shared/domain/reflection';
import { SaveStatus } from '../../app/saver/SaveStatus';
import { flushingForm } from '../../app/saver/flushingForm';
import { useSaver } from '../../app/saver/useSaver';
import { ConfirmDialog } from '../../ui/ConfirmDialog';
import { beginEditSession } from './editSessions';
import { useErrors } from '../shell/errorStore';
import { locateMatch } from './findMatch';
import { discardIfLeftBlank } from './blankEntry';
import { useJournal, type ReflectionEdits } from './journalStore';
import { MarkdownEditor, type MarkdownEditorHandle } from './MarkdownEditor';
import { MarkdownPreview } from './MarkdownPreview';
import { AttachButton, AttachMessage } from './AttachButton';
import { useAttachments } from './useAttachments';
import { RatingScale } from './RatingScale';
import { SyncReviewNotice } from './SyncReviewNotice';
import { HistoryDialog } from './HistoryDialog';
import { formatTimestamp } from './reflectionText';
import { TagEditor } from './TagEditor';
import { countWords, wordCountLabel } from './textStats';
import { ValueChips } from './ValueChips';

export function ReflectionEditor({ reflection }: { reflection: Reflection }) {
  const { remove, restoreVersion, closeEntry, togglePreview, toggleFocusMode, preview, focusMode, values, tags: knownTags, prompts } = useJournal();
  const { saver, status, discardUnsaved } = useSaver<ReflectionEdits>(`reflection:${reflection.id}`, (patch) => useJournal.getState().save(reflection.id, patch), {
    onFirstFailure: (error) => useErrors.getState().report('Your changes were not saved', error),
    onRestore: (edits) => show(edits),
  });
  const [entryDate, setEntryDate] = useState(reflection.entryDate);
  const [title, setTitle] = useState(reflection.title);
  const [tags, setTags] = useState(reflection.tags);
  const [valueIds, setValueIds] = useState(reflection.valueIds);
  const [energy, setEnergy] = useState(reflection.energy);
  const [engagement, setEngagement] = useState(reflection.engagement);
  const [bodyText, setBodyText] = useState(reflection.body);
  // Counting words in a long entry waits for a pause in typing; the keystroke itself is never delayed.
  const countedBody = useDeferredValue(bodyText);
  const words = useMemo(() => countWords(countedBody), [countedBody]);
  const [confirming, setConfirming] = useState(false);
  const [showingHistory, setShowingHistory] = useState(false);
  const [historyOpenings, setHistoryOpenings] = useState(0);
  // Each time the editor opens this entry, what is typed is a new session: one version in its history.
  useState(() => beginEditSession(reflection.id));
  // The newest text for effects; state would be one render behind.
  const latestBody = useRef(reflection.body);
  const editor = useRef<MarkdownEditorHandle>(null);
  const prompt = prompts.find((p) => p.id === reflection.promptId);
  const attachments = useAttachments((markdown) => editor.current?.insertBlock(markdown));

  // Another view or tab changed this entry (its text, a linked value, a renamed tag): show it, unless the person has
  // edits here not saved yet, which the saver will write over it, so what is typed here wins and nothing is lost.
  const [shownVersion, setShownVersion] = useState(reflection.updatedAt);
  if (shownVersion !== reflection.updatedAt && !saver.hasUnsaved()) {
    setShownVersion(reflection.updatedAt);
    setEntryDate(reflection.entryDate);
    setTitle(reflection.title);
    setTags(reflection.tags);
    setValueIds(reflection.valueIds);
    setEnergy(reflection.energy);
    setEngagement(reflection.engagement);
  }

  useEffect(() => {
    if (saver.hasUnsaved() || reflection.body === latestBody.current) return;
    latestBody.current = reflection.body;
    editor.current?.replaceText(reflection.body);
    setBodyText(reflection.body);
  }, [reflection.body, reflection.updatedAt, saver]);

  /** Puts fields back on screen: edits the core refused coming back, or the saved entry once they are discarded. */
  function show(fields: ReflectionEdits) {
    if (fields.entryDate !== undefined) setEntryDate(fields.entryDate);
    if (fields.title !== undefined) setTitle(fields.title);
    if (fields.tags !== undefined) setTags(fields.tags);
    if (fields.valueIds !== undefined) setValueIds(fields.valueIds);
    if (fields.energy !== undefined) setEnergy(fields.energy);
    if (fields.engagement !== undefined) setEngagement(fields.engagement);
    if (fields.body !== undefined && fields.body !== latestBody.current) {
      latestBody.current = fields.body;
      editor.current?.replaceText(fields.body);
      setBodyText(fields.body);
    }
  }

  // Left blank: once what was typed is saved, an entry that holds nothing goes away (blankEntry.ts).
  useEffect(
    () => () => {
      void saver.flush().then((saved) => (saved ? discardIfLeftBlank(reflection.id) : undefined));
    },
    [saver, reflection.id],
  );

  // Saved first, so the history ends with what was just typed.
  function openHistory() {
    void saver.flush().finally(() => {
      setHistoryOpenings((count) => count + 1);
      setShowingHistory(true);
    });
  }

  function edit(patch: ReflectionEdits) {
    saver.edit(patch);
  }

  useEffect(() => {
    if (!latestBody.current && !useJournal.getState().preview && !useJournal.getState().find) editor.current?.focus();
  }, []);

  // A search result asked to show its match: select it (also when this entry was already open).
  const find = useJournal((state) => state.find);
  useEffect(() => {
    if (!find) return;
    useJournal.setState({ find: null });
    const range = locateMatch(latestBody.current, find);
    if (range) editor.current?.select(range);
  }, [find]);

  const visibleValues = values.filter((value) => !value.archivedAt || valueIds.includes(value.id));

  return (
    <form
      className={`entry-editor${focusMode ? ' is-focus-mode' : ''}`}
      aria-label="Edit reflection"
      {...flushingForm(saver, (event) => {
        if (event.key === 'Escape' && focusMode) {
          event.preventDefault();
          toggleFocusMode();
        }
      })}
    >
      <div className="entry-toolbar">
        {!focusMode && (
          <button type="button" className="button button-quiet" onClick={closeEntry}>
            ← Journal home
          </button>
        )}
        <div className="segmented" role="group" aria-label="Writing or preview">
          <button type="button" aria-pressed={!preview} onClick={() => preview && togglePreview()}>
            Write
          </button>
          <button type="button" aria-pressed={preview} onClick={() => !preview && togglePreview()}>
            Preview
          </button>
        </div>
        <button type="button" className="button button-quiet" aria-pressed={focusMode} onClick={toggleFocusMode}>
          {focusMode ? 'Leave focus mode' : 'Focus mode'}
        </button>
        {!preview && <AttachButton busy={attachments.busy} onFiles={(files) => void attachments.attach(files)} />}
        <SaveStatus status={status} onDiscard={() => void discardUnsaved().then(() => show(reflection))} />
        {!focusMode && (
          <button type="button" className="button button-quiet" onClick={() => setConfirming(true)}>
            Delete…
          </button>
        )}
      </div>

      <div className="entry-scroll">
        <div className="entry-page">
          <div className="entry-dates">
            <label className="entry-date-field">
              <span>Entry date</span>
              <input
                type="date"
                required
                value={entryDate}
                onChange={(event) => {
                  if (!event.target.value) return;
                  setEntryDate(event.target.value);
                  edit({ entryDate: event.target.value });
                }}
              />
            </label>
            <span className="entry-stamps">
              Written {formatTimestamp(reflection.createdAt)} · Changed {formatTimestamp(reflection.updatedAt)}
              <button
                type="button"
                className="entry-history-button"
                onClick={openHistory}
              >
                History…
              </button>
            </span>
          </div>

          <SyncReviewNotice reflectionId={reflection.id} onShowHistory={openHistory} />

          {prompt && (
            <figure className="entry-prompt">
              <figcaption>Prompt · {prompt.group}</figcaption>
              <blockquote>{prompt.text}</blockquote>
            </figure>
          )}

          <label className="visually-hidden" htmlFor="reflection-title">
            Title
          </label>
          <input
            dir="auto"
            id="reflection-title"
            className="entry-title-input"
            placeholder="Title (optional)"
            maxLength={300}
            value={title}
            onChange={(event) => {
              setTitle(event.target.value);
              edit({ title: event.target.value });
            }}
          />

          <AttachMessage busy={attachments.busy} problems={attachments.problems} />
          <div className="entry-text" hidden={preview}>
            <MarkdownEditor
              ref={editor}
              initialText={reflection.body}
              label="Reflection"
              placeholderText={prompt ? 'Write your answer in your own words…' : 'What happened, and what did it tell you about the work you want?'}
              onChange={(text) => {
                latestBody.current = text;
                setBodyText(text);
                edit({ body: text });
              }}
              onBlur={() => void saver.flush()}
              onFiles={(files) => void attachments.attach(files)}
            />
          </div>
          {preview && <MarkdownPreview text={bodyText} />}
          <p className="entry-wordcount">{wordCountLabel(words)}</p>

          {!focusMode && (
            <section className="entry-details" aria-label="About this entry">
              <div className="detail-block">
                <h2 className="detail-heading">Tags</h2>
                <TagEditor
                  entryId={reflection.id}
                  tags={tags}
                  known={knownTags}
                  onChange={(next) => {
                    setTags(next);
                    edit({ tags: next });
                  }}
                />
              </div>
              <div className="detail-block">
                <h2 className="detail-heading">Values expressed</h2>
                <ValueChips
                  values={visibleValues}
                  selected={valueIds}
                  onChange={(next) => {
                    setValueIds(next);
                    edit({ valueIds: next });
                  }}
                />
              </div>
              <div className="detail-block detail-ratings">
                <RatingScale
                  label="Energy"
                  value={energy}
                  onChange={(next) => {
                    setEnergy(next);
                    edit({ energy: next });
                  }}
                />
                <RatingScale
                  label="Engagement"
                  value={engagement}
                  onChange={(next) => {
                    setEngagement(next);
                    edit({ engagement: next });
                  }}
                />
              </div>
            </section>
          )}
        </div>
      </div>

      <HistoryDialog
        key={historyOpenings}
        open={showingHistory}
        reflectionId={reflection.id}
        current={{ title, body: bodyText }}
        onClose={() => setShowingHistory(false)}
        onRestore={(version) => {
          setShowingHistory(false);
          void saver.flush().then((saved) => saved && restoreVersion(reflection.id, version.id));
        }}
      />
      <ConfirmDialog
        open={confirming}
        title="Delete this reflection?"
        message="It moves to Recently deleted, where you can restore it, with its tags and links, for 30 days."
        confirmLabel="Delete reflection"
        onCancel={() => setConfirming(false)}
        onConfirm={() => {
          setConfirming(false);
          saver.discard();
          void remove(reflection.id);
        }}
      />
    </form>
  );
}
