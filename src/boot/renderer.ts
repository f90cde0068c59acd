/**
 * Picks Phaser's renderer. WebGL is the main path; software WebGL (SwiftShader,
 * llvmpipe — what a machine without a GPU gets) is far slower than Phaser's Canvas
 * renderer, so we fall back to Canvas there, and when WebGL is missing altogether.
 * `?renderer=webgl|canvas` forces a choice.
 */
export type RendererKind = 'webgl' | 'canvas';

export interface RendererProbe {
  hasWebGL: boolean;
  /** Unmasked renderer string, when the browser tells it. */
  rendererName: string | null;
}

export interface RendererDecision {
  kind: RendererKind;
  reason: string;
}

const SOFTWARE = /swiftshader|llvmpipe|softpipe|software|microsoft basic render/i;

export function decideRenderer(search: string, probe: RendererProbe): RendererDecision {
  const forced = new URLSearchParams(search).get('renderer');
  if (forced === 'webgl' || forced === 'canvas') return { kind: forced, reason: `forced by ?renderer=${forced}` };
  if (!probe.hasWebGL) return { kind: 'canvas', reason: 'WebGL is not available' };
  if (probe.rendererName && SOFTWARE.test(probe.rendererName)) {
    return { kind: 'canvas', reason: `software WebGL (${probe.rendererName})` };
  }
  return { kind: 'webgl', reason: probe.rendererName ? `hardware WebGL (${probe.rendererName})` : 'WebGL available' };
}

/** Creates a throwaway WebGL context to see what the browser offers. */
export function probeRenderer(): RendererProbe {
  try {
    const canvas = document.createElement('canvas');
    const gl = (canvas.getContext('webgl2') ?? canvas.getContext('webgl')) as WebGLRenderingContext | null;
    if (!gl) return { hasWebGL: false, rendererName: null };
    const info = gl.getExtension('WEBGL_debug_renderer_info');
    const name = info ? String(gl.getParameter(info.UNMASKED_RENDERER_WEBGL)) : String(gl.getParameter(gl.RENDERER));
    gl.getExtension('WEBGL_lose_context')?.loseContext();
    return { hasWebGL: true, rendererName: name };
  } catch {
    return { hasWebGL: false, rendererName: null };
  }
}
