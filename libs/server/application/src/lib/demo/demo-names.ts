/**
 * Names for the demonstration children and staff: obviously made up (no real child could be mistaken
 * for one of them) and distinctive, so anyone who meets them in a log knows they are demo data.
 */
export const DEMO_GIVEN_NAMES: readonly string[] = [
  'Zephyrine', 'Quillon', 'Marigold', 'Tansy', 'Bramwell', 'Pipkin', 'Juniper', 'Sorrel', 'Wrenna', 'Fennick',
  'Thistle', 'Clementine', 'Orrin', 'Perpetua', 'Ludovica', 'Barnaby', 'Ottoline', 'Ignatius', 'Hollis', 'Saffron',
  'Tobiah', 'Elowen', 'Caspian', 'Rosamund', 'Albin', 'Isolde', 'Peregrine', 'Wilhelmina', 'Ezrin', 'Mirabel',
  'Jolyon', 'Seraphina', 'Lysander', 'Odalys', 'Cosimo', 'Briony', 'Evander', 'Philippa', 'Cassius', 'Nerissa',
];

export const DEMO_FAMILY_NAMES: readonly string[] = [
  'Quillfeather', 'Puddingfield', 'Wobblecombe', 'Higglebottom', 'Crumpetshaw', 'Noodleworth', 'Bumbleford', 'Gigglesby',
  'Muddlecombe', 'Pottersnip', 'Whiskerfield', 'Sprocketwood', 'Tinkerbatch', 'Picklewhistle', 'Marmaladeby', 'Fizzlethorpe',
  'Snorkelby', 'Fumbleton', 'Dapplewick', 'Bramblesnout', 'Pennywhistle', 'Thimbleton', 'Crinklebury', 'Mumblecrust',
  'Sniggleton', 'Wafflesworth', 'Turnipseed', 'Humbleknot', 'Scramblewood', 'Toadflaxby', 'Kettlewhisk', 'Biscuitmoor',
  'Gooseberrow', 'Moonpennock', 'Quibbleton', 'Periwinkleby', 'Custardine', 'Ruffleton', 'Nettlebuckle', 'Jumbleworth',
];

/** The demonstration service's lead professionals (staff, so not patient data; fictional all the same). */
export const DEMO_LEAD_PROFESSIONALS: readonly string[] = [
  'Dr Aurelia Kestrelmoor', 'Dr Tobias Wrenhallow', 'Imogen Ferncastle', 'Rafferty Oakensong', 'Dr Saoirse Hollowmere',
  'Cedric Lampwright', 'Beatrix Candlewood', 'Dr Hamish Starwhistle', 'Octavia Brightwater', 'Linus Copperfold',
];
