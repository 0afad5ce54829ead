import { render } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { Enhancement } from '@/components/Enhancement';

describe('Enhancement', () => {
  afterEach(() => {
    delete process.env.BASE_PATH;
  });

  it('loads the bundled module as a marked module script, the only kind processing keeps', () => {
    const { container } = render(<Enhancement name="menu" />);
    const script = container.querySelector('script')!;
    expect(script).toHaveAttribute('type', 'module');
    expect(script).toHaveAttribute('src', '/enhancements/menu.js');
    expect(script).toHaveAttribute('data-enhancement', 'menu');
    expect(script.textContent).toBe('');
  });

  it('serves it from under the base path', () => {
    process.env.BASE_PATH = '/liaison';
    const { container } = render(<Enhancement name="menu" />);
    expect(container.querySelector('script')).toHaveAttribute('src', '/liaison/enhancements/menu.js');
  });
});
