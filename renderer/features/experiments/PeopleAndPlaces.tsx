// People met and places (communities, venues) visited for an experiment: relationships with what was learned and what to give back.
import { useState } from 'react';
import type { Experiment, Person, Place } from '../../../shared/domain/experiment';
import { localCalendarDate } from '../../../shared/domain/dates';
import { api } from '../../app/client';
import { useErrors } from '../shell/errorStore';
import { useUndo } from '../shell/undoStore';
import { EditContact, NewContact } from './ContactEditors';
import { emptyPerson, emptyPlace, PersonForm, personFieldsOf, PlaceForm, placeFieldsOf } from './ContactForms';
import { formatDay } from './experimentText';

type Editing = { kind: 'person' | 'place'; id: string | null } | null;

function FollowUp({ date }: { date: string | null }) {
  if (!date) return null;
  const missed = date < localCalendarDate();
  return <span className={missed ? 'follow-up-tag follow-up-tag-missed' : 'follow-up-tag'}>{missed ? 'Missed' : 'Follow up'} {formatDay(date)}</span>;
}

export function PeopleAndPlaces({ experiment }: { experiment: Experiment }) {
  const [editing, setEditing] = useState<Editing>(null);
  const report = useErrors((state) => state.report);

  async function run(title: string, action: () => Promise<unknown>) {
    try {
      await action();
      // The experiment's people and places are fetched again when the core reports the change.
      setEditing(null);
    } catch (error) {
      report(title, error);
    }
  }

  /** Removing moves the person or place to Recently deleted, with an Undo right away. */
  async function remove(kind: 'person' | 'place', contact: Person | Place) {
    const deleteContact = kind === 'person' ? api()['experiments.people.delete'] : api()['experiments.places.delete'];
    await run(`The ${kind} was not removed`, async () => {
      await deleteContact({ id: contact.id });
      useUndo.getState().show(`${contact.name} moved to Recently deleted.`, { kind, id: contact.id });
    });
  }

  const isEditing = (kind: 'person' | 'place', id: string | null) => editing?.kind === kind && editing.id === id;

  return (
    <section className="side-card" aria-labelledby="people-heading">
      <h2 id="people-heading">People and places</h2>
      <p className="muted">Relationships, not contacts: note what you learned and what you can give back.</p>

      <h3>People</h3>
      <ul className="contact-list" aria-label="People">
        {experiment.people.map((person: Person) =>
          isEditing('person', person.id) ? (
            <li key={person.id}>
              <EditContact
                saverKey={`person:${person.id}`}
                initial={personFieldsOf(person)}
                label={`Edit ${person.name}`}
                Form={PersonForm}
                failure="The person was not saved"
                save={async (patch) => {
                  await api()['experiments.people.update']({ id: person.id, ...patch });
                }}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={person.id} className="contact">
              <div className="contact-head">
                <strong>{person.name}</strong>
                <FollowUp date={person.followUpDate} />
              </div>
              {person.where && <p className="muted contact-where">{person.where}</p>}
              {person.learned && (
                <p>
                  <span className="contact-label">Learned</span> {person.learned}
                </p>
              )}
              {person.canGive && (
                <p>
                  <span className="contact-label">Can give</span> {person.canGive}
                </p>
              )}
              {person.notes && <p className="muted">{person.notes}</p>}
              <div className="contact-actions">
                <button type="button" className="button button-quiet button-small" aria-label={`Edit ${person.name}`} onClick={() => setEditing({ kind: 'person', id: person.id })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Remove ${person.name}`}
                  onClick={() => void remove('person', person)}
                >
                  Remove
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {isEditing('person', null) ? (
        <NewContact
          draftKey={`new-person:${experiment.id}`}
          empty={emptyPerson}
          label="Add person"
          Form={PersonForm}
          failure="The person was not added"
          create={async (fields) => {
            await api()['experiments.people.create']({ experimentId: experiment.id, ...fields });
          }}
          onClose={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button button-small" onClick={() => setEditing({ kind: 'person', id: null })}>
          Add a person
        </button>
      )}

      <h3>Places and communities</h3>
      <ul className="contact-list" aria-label="Places and communities">
        {experiment.places.map((place: Place) =>
          isEditing('place', place.id) ? (
            <li key={place.id}>
              <EditContact
                saverKey={`place:${place.id}`}
                initial={placeFieldsOf(place)}
                label={`Edit ${place.name}`}
                Form={PlaceForm}
                failure="The place was not saved"
                save={async (patch) => {
                  await api()['experiments.places.update']({ id: place.id, ...patch });
                }}
                onDone={() => setEditing(null)}
              />
            </li>
          ) : (
            <li key={place.id} className="contact">
              <div className="contact-head">
                <strong>{place.name}</strong>
                <FollowUp date={place.followUpDate} />
              </div>
              <p className="muted contact-where">
                {place.mode === 'online' ? 'Online' : 'In person'}
                {place.where && ` · ${place.where}`}
              </p>
              {place.notes && <p className="muted">{place.notes}</p>}
              <div className="contact-actions">
                <button type="button" className="button button-quiet button-small" aria-label={`Edit ${place.name}`} onClick={() => setEditing({ kind: 'place', id: place.id })}>
                  Edit
                </button>
                <button
                  type="button"
                  className="button button-quiet button-small"
                  aria-label={`Remove ${place.name}`}
                  onClick={() => void remove('place', place)}
                >
                  Remove
                </button>
              </div>
            </li>
          ),
        )}
      </ul>
      {isEditing('place', null) ? (
        <NewContact
          draftKey={`new-place:${experiment.id}`}
          empty={emptyPlace}
          label="Add place"
          Form={PlaceForm}
          failure="The place was not added"
          create={async (fields) => {
            await api()['experiments.places.create']({ experimentId: experiment.id, ...fields });
          }}
          onClose={() => setEditing(null)}
        />
      ) : (
        <button type="button" className="button button-small" onClick={() => setEditing({ kind: 'place', id: null })}>
          Add a place
        </button>
      )}
    </section>
  );
}
