// Team sync between devices (separate SQLite files) through a real PostgreSQL: offline edits synced in every order
// converge; the same assessment changed on two devices keeps both sides as a conflict until a consultant resolves it;
// a deletion never loses an edit made meanwhile.
import { describe, expect, it } from 'vitest';
import { createAssessment, exportBundle, importBundle, listRevisions, parseBundle, saveAssessment, trashAssessment } from '../../db';
import { listConflicts, resolveConflict } from '../../db/team';
import { deviceState } from './device-state';
import { newDevice, syncDevice, useTeamCluster, type Consultant } from './team-fixture';

const pg = useTeamCluster();
type Device = Awaited<ReturnType<typeof newDevice>>;

function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

const later = (minutes: number): Date => new Date(Date.now() + minutes * 60_000);

describe('team sync', () => {
  it("brings two devices' offline work together in either order, and a second sync moves nothing", async () => {
    for (const order of [
      ['alice', 'bob'],
      ['bob', 'alice'],
    ] as Consultant[][]) {
      const team = await pg.newTeam();
      const devices: Record<string, Device> = { alice: await newDevice(), bob: await newDevice() };
      for (const [role, device] of Object.entries(devices)) {
        const db = await device.open();
        const a = createAssessment(db, { projectTitle: `${role}'s shop`, clientName: `${role} client` });
        saveAssessment(db, a.id, { notes: 'second thoughts' }, { now: later(2) });
        db.close();
      }
      for (const role of [...order, order[0]!]) await syncDevice(team, devices[role]!.path, role);
      const [first, second] = await Promise.all([devices.alice!.open(), devices.bob!.open()]);
      expect(Object.keys(deviceState(first))).toHaveLength(2);
      expect(deviceState(first)).toEqual(deviceState(second));
      first.close();
      second.close();
      const again = await syncDevice(team, devices.alice!.path, 'alice');
      expect({ pushed: again.pushed, pulled: again.pulled, conflicts: again.conflicts }).toEqual({ pushed: 0, pulled: 0, conflicts: [] });
    }
  });

  it('converges three devices editing offline, whatever order they sync in', async () => {
    for (const order of permutations<Consultant>(['alice', 'bob', 'carol'])) {
      const team = await pg.newTeam();
      const devices = { alice: await newDevice(), bob: await newDevice(), carol: await newDevice() };
      for (const [role, device] of Object.entries(devices)) {
        const db = await device.open();
        createAssessment(db, { projectTitle: `${role} ${order.join('-')}` });
        db.close();
      }
      for (const role of [...order, ...order]) await syncDevice(team, devices[role].path, role);
      const states = await Promise.all(
        Object.values(devices).map(async (d) => {
          const db = await d.open();
          const state = deviceState(db);
          db.close();
          return state;
        }),
      );
      expect(Object.keys(states[0]!)).toHaveLength(3);
      expect(states[1]).toEqual(states[0]);
      expect(states[2]).toEqual(states[0]);
    }
  });

  it('keeps both sides when two devices change the same assessment, shows it as a conflict on both, and settles it with one resolution', async () => {
    const team = await pg.newTeam();
    const alice = await newDevice();
    const bob = await newDevice();
    let db = await alice.open();
    const shared = createAssessment(db, { projectTitle: 'Shared shop', clientName: 'Zoë' });
    db.close();
    await syncDevice(team, alice.path, 'alice');
    await syncDevice(team, bob.path, 'bob');

    db = await alice.open();
    saveAssessment(db, shared.id, { projectTitle: 'Shop (Alice)' });
    db.close();
    db = await bob.open();
    saveAssessment(db, shared.id, { notes: 'Bob was here' });
    db.close();

    expect((await syncDevice(team, alice.path, 'alice')).conflicts).toEqual([]);
    const bobSync = await syncDevice(team, bob.path, 'bob');
    expect(bobSync.conflicts).toEqual([{ id: shared.id, projectTitle: 'Shared shop' }]);
    expect((await syncDevice(team, alice.path, 'alice')).conflicts.map((c) => c.id)).toEqual([shared.id]);

    const aliceDb = await alice.open();
    const bobDb = await bob.open();
    // Each keeps its own edit as the head and the other's, whole, as the conflict: nothing overwritten.
    expect(listRevisions(aliceDb, shared.id).at(-1)!.fields.projectTitle).toBe('Shop (Alice)');
    expect(listConflicts(aliceDb, shared.id).map((c) => [c.fields.notes, c.author])).toEqual([['Bob was here', 'bob']]);
    expect(listRevisions(bobDb, shared.id).at(-1)!.fields.notes).toBe('Bob was here');
    expect(listConflicts(bobDb, shared.id).map((c) => [c.fields.projectTitle, c.author])).toEqual([['Shop (Alice)', 'alice']]);

    const merged = { ...listRevisions(bobDb, shared.id).at(-1)!.fields, projectTitle: 'Shop (Alice)' };
    resolveConflict(bobDb, shared.id, merged);
    aliceDb.close();
    bobDb.close();
    await syncDevice(team, bob.path, 'bob');
    await syncDevice(team, alice.path, 'alice');
    const [a, b] = await Promise.all([alice.open(), bob.open()]);
    expect(deviceState(a)).toEqual(deviceState(b));
    expect(deviceState(a)[shared.id]!.conflicts).toEqual([]);
    expect(JSON.parse(deviceState(a)[shared.id]!.fields)).toMatchObject({ projectTitle: 'Shop (Alice)', notes: 'Bob was here' });
    // Both sides' revisions stay in the history.
    expect(deviceState(a)[shared.id]!.revisions).toHaveLength(4);
    // Alice adopted Bob's resolution, so her own side is a branch: a bundle carries the line to the head and imports.
    for (const source of [a, b]) {
      const elsewhere = await newDevice();
      const target = await elsewhere.open();
      expect(importBundle(target, parseBundle(JSON.parse(JSON.stringify(exportBundle(source, [shared.id])))))).toMatchObject({ added: [shared.id] });
      expect(listRevisions(target, shared.id).at(-1)!.id).toBe(deviceState(a)[shared.id]!.head);
      target.close();
    }
    a.close();
    b.close();
  });

  it('never loses an edit made on one device while another deleted the assessment, in either order', async () => {
    for (const first of ['alice', 'bob'] as Consultant[]) {
      const team = await pg.newTeam();
      const alice = await newDevice();
      const bob = await newDevice();
      let db = await alice.open();
      const shared = createAssessment(db, { projectTitle: 'Doomed?' });
      db.close();
      await syncDevice(team, alice.path, 'alice');
      await syncDevice(team, bob.path, 'bob');
      db = await alice.open();
      trashAssessment(db, shared.id);
      db.close();
      db = await bob.open();
      saveAssessment(db, shared.id, { notes: 'kept working on it' });
      db.close();
      const devices: Record<string, Device> = { alice, bob };
      const second: Consultant = first === 'alice' ? 'bob' : 'alice';
      for (const role of [first, second, first]) await syncDevice(team, devices[role]!.path, role);
      const [a, b] = await Promise.all([alice.open(), bob.open()]);
      expect(deviceState(a)).toEqual(deviceState(b));
      expect(deviceState(a)[shared.id]).toMatchObject({ deleted: false });
      expect(JSON.parse(deviceState(a)[shared.id]!.fields).notes).toBe('kept working on it');
      a.close();
      b.close();
    }
  });

  it('shares a deletion made with no edit elsewhere', async () => {
    const team = await pg.newTeam();
    const alice = await newDevice();
    const bob = await newDevice();
    let db = await alice.open();
    const shared = createAssessment(db, { projectTitle: 'Cancelled' });
    db.close();
    await syncDevice(team, alice.path, 'alice');
    await syncDevice(team, bob.path, 'bob');
    db = await bob.open();
    trashAssessment(db, shared.id);
    db.close();
    await syncDevice(team, bob.path, 'bob');
    await syncDevice(team, alice.path, 'alice');
    db = await alice.open();
    expect(deviceState(db)[shared.id]!.deleted).toBe(true);
    db.close();
  });
});
