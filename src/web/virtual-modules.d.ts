// Modules the page's build generates (bundle/plugins.ts); they exist only inside the bundle.
declare module 'sescdp:package-files' {
  /** Text of the package's own files, by path under paths.web.ts's root. */
  const files: Record<string, string>;
  export default files;
}

declare module 'sescdp:precompiled-templates' {
  /** Each template and partial, precompiled by Handlebars with the options of template/compiler.ts, by path. */
  const templates: Record<string, () => object>;
  export default templates;
}

declare module 'sescdp:font-files' {
  /** The PDF fonts, deflated and in base64, by the package path fonts.ts names them with. */
  const fonts: Record<string, string>;
  export default fonts;
}

// Library files the page imports that have no type declarations of their own.
declare module 'fontkit';
declare module 'pdfkit/standard-fonts/*' {
  const data: object;
  export default data;
}
