// Reads a participant record (the YAML behind one EDP).
import { participantSchema, type Participant } from './participant.js';
import { parseYamlText, readYamlFile, type YamlKind } from './yaml-file.js';

const PARTICIPANT: YamlKind<typeof participantSchema> = {
  schema: participantSchema,
  what: 'participant file',
  expected: 'a participant: keys such as "name:", "training:" and "assignments:" at the top level',
};

export function loadParticipant(file: string): Participant {
  return readYamlFile(file, PARTICIPANT).data;
}

/** The same from a text already read (a file opened in the page). */
export function parseParticipant(file: string, text: string): Participant {
  return parseYamlText(file, text, PARTICIPANT).data;
}
