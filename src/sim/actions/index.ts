/**
 * The action catalogue: one ActionSpec per action id (GAME.md's table). orders.ts validates with
 * these, engine.ts applies them, agents and the orders panel enumerate them.
 */
import type { ActionType } from '../../shared/actions.js';
import type { ActionSpec } from '../context.js';
import { denounce, expel, summit } from './diplomacy.js';
import { mediate, openMission } from './missions.js';
import { realign } from './realign.js';
import { proposeTreaty } from './treaties.js';
import { buy, sell } from './arms.js';
import { zangezur } from './zangezur.js';
import { aras } from './aras.js';
import { deploy, drill, mobilise, standDown } from './military.js';
import { offensive, strike } from './combat.js';
import { oil, sanction } from './economy.js';
import { rhetoric } from './rhetoric.js';
import { influence } from './covert.js';

export const ACTION_SPECS: Record<ActionType, ActionSpec> = {
  'diplomacy.summit': summit,
  'diplomacy.denounce': denounce,
  'diplomacy.expel': expel,
  'diplomacy.openMission': openMission,
  'diplomacy.proposeTreaty': proposeTreaty,
  'diplomacy.mediate': mediate,
  'diplomacy.realign': realign,
  'arms.buy': buy,
  'arms.sell': sell,
  'corridor.zangezur': zangezur,
  'corridor.aras': aras,
  'military.drill': drill,
  'military.deploy': deploy,
  'military.mobilise': mobilise,
  'military.standDown': standDown,
  'military.strike': strike,
  'military.offensive': offensive,
  'economy.oil': oil,
  'economy.sanction': sanction,
  'rhetoric.set': rhetoric,
  'covert.influence': influence,
};

export type { ActionSpec };
export { LAPSES } from './proposals.js';
