// Reads a participant record (the YAML behind one EDP).
import { participantSchema, type Participant } from './participant.js';
import { readYamlFile } from './yaml-file.js';

export function loadParticipant(file: string): Participant {
  return readYamlFile(file, {
    schema: participantSchema,
    what: 'participant file',
    expected: 'a participant: keys such as "name:", "training:" and "assignments:" at the top level',
  }).data;
}
