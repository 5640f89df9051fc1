export function activate(): void { /* features register here */ }
