/** A small in-memory cohort for the dev harness: enough to see every state of the form and the overview. */
import type { ActivityOption, ApprenticeOption } from '../../src/shared/types';

export const APPRENTICES: ApprenticeOption[] = [
  { id: 'A001', name: 'Hélène MARTIN', company: 'Boulangerie Dupain', status: 'actif' },
  { id: 'A002', name: 'Karim BENALI', company: 'Garage du Centre', status: 'actif' },
  { id: 'A003', name: 'Léa DUBOIS', company: 'Société Électrique de l’Ouest', status: 'actif' },
  { id: 'A004', name: 'Tom LEROY', company: 'Boulangerie Dupain', status: 'sorti' },
  { id: 'A005', name: 'Inès FAURE', company: 'Pharmacie des Halles', status: 'actif' },
];

export const ACTIVITIES: ActivityOption[] = [
  {
    code: '1.1',
    label: 'Accueillir un client au comptoir',
    group: '1. Relation client',
    category: 'Relation client',
    mcq: ['Client pressé', 'Réclamation', 'Commande spéciale'],
    criteria: ['Salue le client', 'Identifie la demande', 'Conclut la vente'],
  },
  {
    code: '1.2',
    label: 'Traiter une réclamation',
    group: '1. Relation client',
    category: 'Relation client',
    mcq: ['Produit défectueux', 'Retard de livraison'],
    criteria: ['Écoute sans interrompre', 'Propose une solution'],
  },
  {
    code: '2.1',
    label: 'Préparer une commande fournisseur',
    group: '2. Gestion des stocks',
    category: 'Gestion',
    mcq: ['Inventaire', 'Rupture de stock'],
    criteria: ['Calcule les quantités', 'Respecte le budget'],
  },
  {
    code: '2.2',
    label: 'Ranger la réserve',
    group: '2. Gestion des stocks',
    category: 'Gestion',
    mcq: [],
    criteria: [],
  },
  {
    code: '3.1',
    label: 'Appliquer les règles d’hygiène',
    group: '3. Hygiène et sécurité',
    category: 'Sécurité',
    mcq: ['Contrôle sanitaire prévu', 'Nouveau matériel'],
    criteria: ['Porte la tenue', 'Nettoie le poste', 'Trace les températures'],
  },
];

export const CATEGORIES = ['Relation client', 'Gestion', 'Sécurité', 'Production'];

/** Who has no tutor email, so the harness can show a notice. */
export const WITHOUT_TUTOR_EMAIL = new Set(['A002']);
