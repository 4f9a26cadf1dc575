import { applyQuickChoice } from '../../sidebar/src/logic/mcq';
import { describeNotification } from '../../sidebar/src/logic/notification';

describe('quick choices fill the precision', () => {
  it('fills an empty precision', () => {
    expect(applyQuickChoice('', 'Réclamation')).toBe('Réclamation');
  });

  it('adds on a new line after what was typed', () => {
    expect(applyQuickChoice('Client habituel. ', 'Réclamation')).toBe('Client habituel.\nRéclamation');
  });

  it('does not repeat a choice already there', () => {
    expect(applyQuickChoice('Réclamation\nUrgent', 'Réclamation')).toBe('Réclamation\nUrgent');
  });
});

describe('the notification status told to the trainer', () => {
  it('sent', () => {
    expect(describeNotification('envoyée').tone).toBe('ok');
  });

  it('waiting for quota: will be sent later', () => {
    const d = describeNotification('en attente');
    expect(d.tone).toBe('warning');
    expect(d.text).toContain('sera envoyé plus tard');
  });

  it('failed, with the reason and the reassurance that the entry is recorded', () => {
    const d = describeNotification('échec: adresse invalide');
    expect(d.tone).toBe('error');
    expect(d.text).toContain('adresse invalide');
    expect(d.text).toContain('bien enregistrée');
  });
});
