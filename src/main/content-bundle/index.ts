/** Signed content updates: see format.ts (the file) and store.ts (install, roll back, current). */
export { BUNDLE_EXTENSION, BUNDLE_FORMAT, generateSigningKeys, publicKeyFrom, signBundle, verifyBundle, type BundlePayload } from './format';
export { activeBundleDir, currentBundle, installBundle, rollbackBundle, type BundleInfo, type InstallOptions } from './store';
export { packBundle } from './pack';
