// Dev-server proxy: the browser calls /api on :4200 and the dev server forwards it to the API.
// API_PORT lets tests run the API on another port (default 3000).
const apiPort = process.env.API_PORT ?? '3000';

export default {
  '/api': {
    target: `http://127.0.0.1:${apiPort}`,
    secure: false,
    changeOrigin: true,
    logLevel: 'warn',
  },
};
