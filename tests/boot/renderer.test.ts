import { describe, expect, it } from 'vitest';
import { decideRenderer } from '../../src/boot/renderer';

describe('renderer choice', () => {
  const gpu = { hasWebGL: true, rendererName: 'ANGLE (NVIDIA GeForce RTX 3060)' };
  it('uses WebGL on a real GPU', () => {
    expect(decideRenderer('', gpu).kind).toBe('webgl');
  });
  it('falls back to Canvas on software WebGL and when WebGL is missing', () => {
    expect(decideRenderer('', { hasWebGL: true, rendererName: 'ANGLE (Google, Vulkan 1.3.0 (SwiftShader Device (Subzero)))' }).kind).toBe('canvas');
    expect(decideRenderer('', { hasWebGL: true, rendererName: 'llvmpipe (LLVM 15.0.6, 256 bits)' }).kind).toBe('canvas');
    expect(decideRenderer('', { hasWebGL: false, rendererName: null })).toEqual({ kind: 'canvas', reason: 'WebGL is not available' });
  });
  it('?renderer= forces a choice, and ignores nonsense', () => {
    expect(decideRenderer('?renderer=canvas', gpu).kind).toBe('canvas');
    expect(decideRenderer('?renderer=webgl', { hasWebGL: true, rendererName: 'SwiftShader' }).kind).toBe('webgl');
    expect(decideRenderer('?renderer=vulkan', gpu).kind).toBe('webgl');
  });
});
