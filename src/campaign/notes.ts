/**
 * Mr. Baek's lab notes: the collectibles of every chapter, in his voice. A level places a
 * note as a `note` object whose `note` property is one of these ids; found ones go into
 * RunState.notesFound (and the progress save), and the Notes screen (src/scenes/NotesScene.ts)
 * shows their text. Ids per chapter: hallway baek-1 (the first, already placed);
 * cafeteria note-cafeteria-1, note-cafeteria-2; closet note-closet-1, note-closet-2;
 * rooftop note-rooftop-1.
 */
export interface LabNote {
  id: string;
  /** The chapter id whose level holds it. */
  chapter: string;
  title: string;
  paragraphs: string[];
}

export const LAB_NOTES: readonly LabNote[] = [
  {
    id: 'baek-1',
    chapter: 'hallway',
    title: 'March 4',
    paragraphs: [
      'Min-jae came home with his shirt on inside out again, so nobody would see the footprints on the back. He said he fell. Third time this month he has fallen on his back.',
      'Fear is a chemical. Everything is a chemical. If the body can be taught not to flinch, it cannot be made to flinch. I have the lab, the key, and the evenings.',
    ],
  },
  {
    id: 'note-cafeteria-1',
    chapter: 'cafeteria',
    title: 'Report to the principal, copy (April 11)',
    paragraphs: [
      'Third written report. Names attached. Lunch money taken daily from at least four first-years; one of them my son. Incidents in the east stairwell, where there is no camera.',
      'Reply received the same afternoon: "Boys will be boys. We must think of the school\'s record this year." He did not open the envelope with the names. I watched him not open it.',
    ],
  },
  {
    id: 'note-cafeteria-2',
    chapter: 'cafeteria',
    title: 'May 2',
    paragraphs: [
      'Compound B-7 in the rats: no startle response at all, not to the buzzer, not to the cage door. They eat when they are hungry and sleep when they are tired and are afraid of nothing.',
      'Side effect: they are hungry more often. Appetite up forty percent. Manageable. A boy who eats a little more and is afraid of nothing is a boy who walks home the long way without looking back.',
    ],
  },
  {
    id: 'note-closet-1',
    chapter: 'closet',
    title: 'May 19',
    paragraphs: [
      'Cage four bit through the bars and then through cage five. I have counted it twice: the bitten one was as calm as the first by morning, and as hungry. It is not a side effect. It passes.',
      'I have locked the supply closet with the remaining vials inside. I should destroy them. I have not destroyed them. He came home with a split lip today and told me he fell.',
    ],
  },
  {
    id: 'note-closet-2',
    chapter: 'closet',
    title: 'To the Board of Education (not sent)',
    paragraphs: [
      'I have written to the principal six times. I have written to you twice. Each time the answer is that the school\'s reputation must be protected, and each time a child is taught that nobody is coming.',
      'I am a science teacher. When nobody would fix the school, I tried to fix my son instead. Write that down somewhere, when they ask how it began.',
    ],
  },
  {
    id: 'note-rooftop-1',
    chapter: 'rooftop',
    title: 'Today, 3:15 pm',
    paragraphs: [
      'The vial is gone from the closet. Min-jae knew where I kept the key. He told me this morning he would not be afraid of them any more, and I thought he meant he would tell a teacher.',
      'The bell for the last period is in thirty-five minutes. I am going to find him. If someone finds this: it was not the boy. It was every adult who looked at the envelope and did not open it.',
    ],
  },
];

export function noteById(id: string): LabNote | undefined {
  return LAB_NOTES.find((n) => n.id === id);
}
