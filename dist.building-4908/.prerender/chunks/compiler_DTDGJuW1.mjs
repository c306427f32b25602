import "./server_Bssty4hl.mjs";
export {};
