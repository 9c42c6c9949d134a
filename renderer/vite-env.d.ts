// Vite's client types (CSS imports and the like) for the renderer.
/// <reference types="vite/client" />
