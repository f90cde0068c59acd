import { defineConfig } from 'vitest/config';
import { inkPlugin } from './scripts/inkPlugin';

export default defineConfig({
  plugins: [inkPlugin()],
  define: { __APP_VERSION__: JSON.stringify('test') },
  test: {
    include: ['tests/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20000,
  },
});
