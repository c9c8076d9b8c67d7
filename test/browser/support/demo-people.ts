/** People of the demo data (scripts/demo-data.ts) that the browser tests sign in as. */
export const DEMO = {
  admin: { email: 'sekretariat@vejle-oest.example', name: 'Områdesekretariatet Vejle Øst' },
  teacher: { email: 'soeren.dahl@kirkebakkeskolen.example', name: 'Søren Dahl' },
  otherTeacher: { email: 'marianne.holm@bakkeskolen.example', name: 'Marianne Holm' },
  contact: { email: 'jonas.kjaer@lego.example', name: 'Jonas Kjær' },
  otherContact: { email: 'hanne.vestergaard@jv.example', name: 'Hanne Vestergaard' },
  volunteer: { email: 'amir.haddad@skandia.example', name: 'Amir Haddad' },
  otherVolunteer: { email: 'line.bech@lego.example', name: 'Line Bech' },
  coordinator: { email: 'mette.lund@drc.example', name: 'Mette Lund' },
  donor: { email: 'peter.bang@brfkredit.example', name: 'Peter Bang' },
  netCafe: { email: 'yasmin.ali@netcafe.example', name: 'Yasmin Ali' },
} as const;
