// "Save a version" with the check-in nudge; also opens the dialog when another view asks for a check-in.
import { useEffect, useMemo, useState } from 'react';
import { checkInAdvice } from '../../../shared/domain/versions/checkIn';
import { byCreation } from '../../../shared/domain/versions/compare';
import { useNavigation } from '../shell/navigationStore';
import { CheckInDialog } from './CheckInDialog';
import { draftContent, versionContent } from './versionContent';
import { checkInNudge, formatVersionDate } from './versionText';
import { useVersions } from './versionsStore';
import './versions.css';

export function StrategyCheckInBar() {
  const { status, versions, draft, values, checkInAfterDays, checkInNote, openCheckIn, closeCheckIn, load } = useVersions();
  const [saved, setSaved] = useState<string | null>(null);

  useEffect(() => {
    if (status === 'idle') void load();
  }, [status, load]);

  const request = useNavigation((state) => state.request);
  useEffect(() => {
    if (request?.kind !== 'check-in') return;
    const wanted = useNavigation.getState().take('check-in');
    if (wanted) openCheckIn(wanted.note);
  }, [request, openCheckIn]);

  const advice = useMemo(() => {
    if (!draft) return null;
    const last = byCreation(versions.map(versionContent)).at(-1) ?? null;
    return checkInAdvice(draftContent(draft, values), last, new Date(), { afterDays: checkInAfterDays });
  }, [draft, values, versions, checkInAfterDays]);

  const nudge = advice ? checkInNudge(advice, versions.length > 0) : null;

  return (
    <div className="check-in-bar">
      {nudge ? (
        <p className="check-in-nudge">
          <span className="check-in-nudge-mark" aria-hidden="true" />
          {nudge}
        </p>
      ) : (
        <p className="check-in-quiet muted" role="status">
          {saved ?? (versions.length > 0 ? `${versions.length} saved ${versions.length === 1 ? 'version' : 'versions'}.` : '')}
        </p>
      )}
      <button type="button" className="button button-primary" onClick={() => openCheckIn('')}>
        Save a version
      </button>
      <CheckInDialog
        open={checkInNote !== null}
        initialNote={checkInNote ?? ''}
        differences={advice?.differs ? advice.differences : null}
        onClose={(version) => {
          closeCheckIn();
          if (version) setSaved(`Version saved on ${formatVersionDate(version.createdAt)}.`);
        }}
      />
    </div>
  );
}
