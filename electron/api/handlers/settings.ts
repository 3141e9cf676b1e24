// Handlers for settings.*: the branding printed on proposals (a logo is fully decoded before it is stored), the rate
// card a new scope copies, the app's language, and where data lives.
import { readFileSync, statSync } from 'node:fs';

import { getBranding, getProposalSettings, getRateCard, getUiLanguage, saveBranding, saveProposalSettings, saveRateCard, saveUiLanguage } from '../../../db';
import type { SettingsView } from '../../../shared/api/types';
import { type Branding, LOGO_MAX_BYTES } from '../../../shared/branding';
import { AppError } from '../../../shared/errors';
import { readLogo } from '../../../shared/proposal/logo';
import type { HandlerGroup } from '../dispatch';
import { acceptLogo, decodeLogo } from '../logo-decode';
import type { Services } from '../services';

function view(services: Services, branding: Branding): SettingsView {
  return {
    branding,
    rateCard: getRateCard(services.db, getUiLanguage(services.db) ?? 'en'),
    proposal: getProposalSettings(services.db),
    uiLanguage: getUiLanguage(services.db),
    dataFolder: services.dataFolder,
    databasePath: services.databasePath,
  };
}

export function settingsHandlers(services: Services): HandlerGroup {
  return {
    'settings.get': () => view(services, getBranding(services.db)),
    'settings.update': ({ branding, rateCard, proposal, uiLanguage }) => {
      // A logo is refused here, with a message, rather than later when a proposal is exported.
      if (branding?.logo !== undefined && branding.logo !== null) decodeLogo(readLogo(branding.logo)!);
      const db = services.db;
      // One transaction: every part sent is saved, or none, so a refused branding leaves the rest as it was.
      const saved = db.transaction(() => {
        if (rateCard !== undefined) saveRateCard(db, rateCard);
        if (proposal !== undefined) saveProposalSettings(db, { ...getProposalSettings(db), ...proposal });
        if (uiLanguage !== undefined) saveUiLanguage(db, uiLanguage);
        return branding === undefined ? getBranding(db) : saveBranding(db, { ...getBranding(db), ...branding });
      })();
      return view(services, saved);
    },
    'settings.pickLogo': async () => {
      const current = getBranding(services.db);
      const path = await services.files.chooseOpenPath('logo');
      if (path === null) return { ...view(services, current), cancelled: true };
      if (statSync(path).size > LOGO_MAX_BYTES)
        throw new AppError('invalid_input', `logo: the file is larger than ${LOGO_MAX_BYTES / (1024 * 1024)} MB`, 'logo');
      const image = acceptLogo(readFileSync(path));
      const logo = { mime: image.format === 'PNG' ? ('image/png' as const) : ('image/jpeg' as const), base64: Buffer.from(image.bytes).toString('base64') };
      return { ...view(services, saveBranding(services.db, { ...current, logo })), cancelled: false };
    },
  };
}
